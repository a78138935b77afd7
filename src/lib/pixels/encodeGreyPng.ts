import { writePngChunks } from '../png/pngChunks';
import { assertPixels, type GreyImage } from './types';

/** PNG row filters used: 0 None, 1 Sub (minus the left byte), 2 Up (minus the byte above). */
type RowFilter = 0 | 1 | 2;

/** Σ|byte as signed| of a filtered row: the PNG spec's suggested heuristic for picking a filter. */
function cost(filter: RowFilter, row: Uint8Array, above: Uint8Array | null): number {
  let sum = 0;
  for (let x = 0; x < row.length; x++) {
    const v = row[x]!;
    const d = filter === 0 ? v : filter === 1 ? v - (x ? row[x - 1]! : 0) : v - (above ? above[x]! : 0);
    const b = d & 0xff;
    sum += b < 128 ? b : 256 - b;
  }
  return sum;
}

function isZero(row: Uint8Array): boolean {
  for (let x = 0; x < row.length; x++) if (row[x]) return false;
  return true;
}

/**
 * The filtered scanlines of an 8-bit grey image: each row gets the filter byte of None, Sub or Up,
 * whichever leaves the smallest bytes (a mask's inside rows repeat the row above, so Up zeroes them; its
 * flat runs leave Sub only the edges). All-zero rows skip the search: None leaves them all zeros.
 */
export function filterGreyRows(image: GreyImage): Uint8Array<ArrayBuffer> {
  const { width, height, data } = image;
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = data.subarray(y * width, (y + 1) * width);
    const at = y * (width + 1);
    const above = y ? data.subarray((y - 1) * width, y * width) : null;
    if (isZero(row)) continue;
    let best: RowFilter = 0;
    let bestCost = cost(0, row, above);
    for (const f of [2, 1] as const) {
      if (bestCost === 0) break;
      const c = cost(f, row, above);
      if (c < bestCost) {
        best = f;
        bestCost = c;
      }
    }
    raw[at] = best;
    const out = raw.subarray(at + 1, at + 1 + width);
    if (best === 0) out.set(row);
    else if (best === 1) for (let x = 0; x < width; x++) out[x] = row[x]! - (x ? row[x - 1]! : 0);
    else for (let x = 0; x < width; x++) out[x] = row[x]! - above![x]!;
  }
  return raw;
}

/** zlib-deflates (RFC 1950, what PNG's IDAT holds) with the platform's CompressionStream. */
export async function deflateZlib(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * An 8-bit greyscale PNG of `image`, really compressed: rows filtered (`filterGreyRows`) then deflated by
 * the platform's zlib (`CompressionStream`, Chromium and Node ≥ 18). A mostly black 6000×4000 mask takes
 * tens of kilobytes (the uncompressed encoder wrote 24 MB). Run it in a worker (`compressMask`): a 24 MP
 * mask takes ~100 ms of zlib.
 */
export async function encodeGreyPng(image: GreyImage): Promise<Uint8Array<ArrayBuffer>> {
  assertPixels('encodeGreyPng', image, 1);
  if (image.width < 1 || image.height < 1)
    throw new RangeError('encodeGreyPng: a PNG needs at least one pixel');
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, image.width);
  v.setUint32(4, image.height);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale; compression, filter method and interlace stay 0
  return writePngChunks([
    { type: 'IHDR', data: ihdr },
    { type: 'IDAT', data: await deflateZlib(filterGreyRows(image)) },
    { type: 'IEND', data: new Uint8Array(0) },
  ]);
}
