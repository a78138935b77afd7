import { inflateCapped } from '../png/inflateCapped';
import { PngFormatError } from '../png/PngFormatError';
import { readPngChunks } from '../png/pngChunks';

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the five PNG row filters of `bpp`-byte pixels into a new array of `width·bpp` bytes per row. */
function unfilter(raw: Uint8Array, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const up = (i: number) => (y ? out[row - stride + i]! : 0);
    for (let i = 0; i < stride; i++) {
      const left = i >= bpp ? out[row + i - bpp]! : 0;
      const v = raw[src + i]!;
      let p: number;
      if (filter === 0) p = 0;
      else if (filter === 1) p = left;
      else if (filter === 2) p = up(i);
      else if (filter === 3) p = (left + up(i)) >> 1;
      else if (filter === 4) p = paeth(left, up(i), i >= bpp ? up(i - bpp) : 0);
      else
        throw new PngFormatError(
          'structure',
          `Row ${y} has filter type ${filter}, which PNG does not define`,
        );
      out[row + i] = (v + p) & 0xff;
    }
  }
  return out;
}

/** The header fields the decoders check. */
export interface PngHeader {
  width: number;
  height: number;
  depth: number;
  colour: number;
  interlace: number;
}

/**
 * The unfiltered rows of a non-interlaced 8-bit PNG, byte for byte (no colour management, unlike a
 * canvas): `accept(header)` returns the bytes per pixel of a format the caller takes, or throws its own
 * `PngFormatError`. CRCs are checked; `maxPixels` bounds what is inflated; `what` names the picture in
 * messages ("mask", "picture").
 */
export async function readPngRows(
  png: Uint8Array,
  accept: (header: PngHeader) => number,
  maxPixels: number,
  what: string,
): Promise<{ width: number; height: number; bpp: number; data: Uint8Array }> {
  const chunks = readPngChunks(png);
  const ihdr = new DataView(chunks[0]!.data.buffer, chunks[0]!.data.byteOffset, chunks[0]!.data.byteLength);
  if (ihdr.byteLength !== 13) throw new PngFormatError('structure', 'IHDR is not 13 bytes');
  const width = ihdr.getUint32(0);
  const height = ihdr.getUint32(4);
  const [depth = 0, colour = 0, compression, filterMethod, interlace = 0] = [8, 9, 10, 11, 12].map((i) =>
    ihdr.getUint8(i),
  );
  const bpp = accept({ width, height, depth, colour, interlace });
  if (depth !== 8 || compression !== 0 || filterMethod !== 0 || interlace !== 0) {
    throw new PngFormatError(
      'structure',
      `Not an 8-bit, non-interlaced PNG (bit depth ${depth}, interlace ${interlace})`,
    );
  }
  if (width < 1 || height < 1 || width * height > maxPixels) {
    throw new PngFormatError(
      'limit',
      `A ${width}×${height} ${what} is over the ${maxPixels.toLocaleString('en-US')} pixel limit`,
    );
  }
  const idat = chunks.filter((c) => c.type === 'IDAT');
  if (idat.length === 0) throw new PngFormatError('structure', 'The PNG has no IDAT chunk');
  const zlib = new Uint8Array(idat.reduce((n, c) => n + c.data.length, 0));
  let at = 0;
  for (const c of idat) {
    zlib.set(c.data, at);
    at += c.data.length;
  }
  const expected = (width * bpp + 1) * height;
  const inflated = await inflateCapped(zlib, expected);
  if (inflated.status !== 'ok' || inflated.bytes.length !== expected) {
    throw new PngFormatError(
      inflated.status === 'over-cap' ? 'limit' : 'truncated',
      `The pixel data of a ${width}×${height} ${what} ${inflated.status === 'over-cap' ? 'inflates past' : 'does not fill'} its ${expected.toLocaleString('en-US')} bytes`,
    );
  }
  return { width, height, bpp, data: unfilter(inflated.bytes, width, height, bpp) };
}
