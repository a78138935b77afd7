import { crc32, PNG_SIGNATURE, writePngChunks } from '../../../lib/png';

/**
 * A minimal PNG encoder for the mask (8-bit grey) and init image (8-bit RGBA), writing the exact bytes
 * (no colour management, no premultiplication, unlike canvas.toBlob). Two deflate modes:
 * - 'fast': stored (uncompressed) deflate blocks. A 2048² mask encodes in ~10–20 ms on the 2-core target,
 *   where native zlib (CompressionStream) took 150–500 ms. The file is the raw size (1 MiB at 1024², far
 *   under the API's 10 MiB), the right trade for a mask re-encoded on every generation.
 * - 'small': native zlib via CompressionStream, for images encoded once and cached (the init image).
 */

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  const NMAX = 5552; // zlib's largest run before the sums could overflow 32 bits
  for (let i = 0; i < bytes.length;) {
    const end = Math.min(bytes.length, i + NMAX);
    for (; i < end; i++) {
      a += bytes[i] as number;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/**
 * Writes a zlib stream of stored blocks (RFC 1950/1951) for `raw` into `out` at `o`: header, raw blocks of
 * at most 65535 bytes, Adler-32. Returns the end offset. Writing in place saves two 4 MiB copies at 2048².
 */
function writeZlibStored(raw: Uint8Array, out: Uint8Array, o: number): number {
  const blocks = storedBlocks(raw.length);
  out[o++] = 0x78;
  out[o++] = 0x01;
  for (let k = 0; k < blocks; k++) {
    const start = k * 65535;
    const len = Math.min(65535, raw.length - start);
    out[o++] = k === blocks - 1 ? 1 : 0;
    out[o++] = len & 0xff;
    out[o++] = len >>> 8;
    out[o++] = ~len & 0xff;
    out[o++] = (~len >>> 8) & 0xff;
    out.set(raw.subarray(start, start + len), o);
    o += len;
  }
  new DataView(out.buffer, out.byteOffset).setUint32(o, adler32(raw));
  return o + 4;
}

const storedBlocks = (n: number) => Math.max(1, Math.ceil(n / 65535));
const zlibStoredSize = (n: number) => 2 + n + storedBlocks(n) * 5 + 4;

async function deflate(raw: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([raw]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** PNG colour types used here: 0 = greyscale, 6 = RGBA. */
export type PngColorType = 0 | 6;

/**
 * Encodes `pixels` (row-major, 1 byte per pixel for grey, 4 for RGBA, not premultiplied) as PNG bytes.
 * Rows use filter 0 (none): the mask is mostly flat runs that deflate compresses well on its own.
 */
export async function encodePng(
  width: number,
  height: number,
  pixels: Uint8Array | Uint8ClampedArray,
  colorType: PngColorType,
  mode: 'fast' | 'small' = 'fast',
): Promise<Uint8Array> {
  const channels = colorType === 0 ? 1 : 4;
  const stride = width * channels;
  if (pixels.length !== stride * height) throw new Error('encodePng: pixel buffer does not match the size');
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++)
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr[8] = 8;
  ihdr[9] = colorType;
  if (mode === 'fast') return assembleStored(ihdr, raw);
  return writePngChunks([
    { type: 'IHDR', data: ihdr },
    { type: 'IDAT', data: await deflate(raw) },
    { type: 'IEND', data: new Uint8Array(0) },
  ]);
}

/**
 * The whole PNG in one buffer, IDAT written in place (one copy of the pixels, one pass of lib/png's
 * slice-by-4 CRC). The small signature+IHDR head and the IEND trailer come from lib/png too.
 */
function assembleStored(ihdr: Uint8Array, raw: Uint8Array): Uint8Array {
  const head = writePngChunks([{ type: 'IHDR', data: ihdr }]);
  const iend = writePngChunks([{ type: 'IEND', data: new Uint8Array(0) }]).subarray(PNG_SIGNATURE.length);
  const idatLen = zlibStoredSize(raw.length);
  const out = new Uint8Array(head.length + 12 + idatLen + iend.length);
  const view = new DataView(out.buffer);
  out.set(head, 0);
  const at = head.length;
  view.setUint32(at, idatLen);
  out.set([0x49, 0x44, 0x41, 0x54], at + 4); // "IDAT"
  const end = writeZlibStored(raw, out, at + 8);
  view.setUint32(end, crc32(out.subarray(at + 4, end)));
  out.set(iend, end + 4);
  return out;
}
