import { inflateCapped } from '../png/inflateCapped';
import { PngFormatError } from '../png/PngFormatError';
import { readPngChunks } from '../png/pngChunks';
import type { GreyImage } from './types';

/** The largest mask decoded: 2²⁷ px (e.g. 16384×8192), far past the studio's 8192² pictures. */
export const MAX_MASK_PIXELS = 134_217_728;

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the five PNG row filters of 1-byte pixels, in place into `out`. */
function unfilter(raw: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (width + 1)]!;
    const src = y * (width + 1) + 1;
    const row = y * width;
    const up = (x: number) => (y ? out[row - width + x]! : 0);
    for (let x = 0; x < width; x++) {
      const left = x ? out[row + x - 1]! : 0;
      const v = raw[src + x]!;
      let p: number;
      if (filter === 0) p = 0;
      else if (filter === 1) p = left;
      else if (filter === 2) p = up(x);
      else if (filter === 3) p = (left + up(x)) >> 1;
      else if (filter === 4) p = paeth(left, up(x), x ? up(x - 1) : 0);
      else
        throw new PngFormatError(
          'structure',
          `Row ${y} has filter type ${filter}, which PNG does not define`,
        );
      out[row + x] = (v + p) & 0xff;
    }
  }
  return out;
}

/**
 * The pixels of an 8-bit greyscale, non-interlaced PNG (what `encodeGreyPng` and the canvas's mask
 * encoder write), byte for byte — no colour management, unlike decoding through a canvas. Throws a
 * `PngFormatError` for damage (CRCs are checked), another pixel format, or more than `MAX_MASK_PIXELS`.
 */
export async function decodeGreyPng(png: Uint8Array): Promise<GreyImage> {
  const chunks = readPngChunks(png);
  const ihdr = new DataView(chunks[0]!.data.buffer, chunks[0]!.data.byteOffset, chunks[0]!.data.byteLength);
  if (ihdr.byteLength !== 13) throw new PngFormatError('structure', 'IHDR is not 13 bytes');
  const width = ihdr.getUint32(0);
  const height = ihdr.getUint32(4);
  const [depth, colour, compression, filterMethod, interlace] = [8, 9, 10, 11, 12].map((i) =>
    ihdr.getUint8(i),
  );
  if (depth !== 8 || colour !== 0 || compression !== 0 || filterMethod !== 0 || interlace !== 0) {
    throw new PngFormatError(
      'structure',
      `Not an 8-bit greyscale, non-interlaced PNG (bit depth ${depth}, colour type ${colour}, interlace ${interlace})`,
    );
  }
  if (width < 1 || height < 1 || width * height > MAX_MASK_PIXELS) {
    throw new PngFormatError(
      'limit',
      `A ${width}×${height} mask is over the ${MAX_MASK_PIXELS.toLocaleString('en-US')} pixel limit`,
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
  const expected = (width + 1) * height;
  const inflated = await inflateCapped(zlib, expected);
  if (inflated.status !== 'ok' || inflated.bytes.length !== expected) {
    throw new PngFormatError(
      inflated.status === 'over-cap' ? 'limit' : 'truncated',
      `The pixel data of a ${width}×${height} mask ${inflated.status === 'over-cap' ? 'inflates past' : 'does not fill'} its ${expected.toLocaleString('en-US')} bytes`,
    );
  }
  return { width, height, data: unfilter(inflated.bytes, width, height) };
}
