import { PngFormatError } from '../png/PngFormatError';
import { readPngRows } from './pngRows';
import type { GreyImage } from './types';

/** The largest mask decoded: 2²⁷ px (e.g. 16384×8192), far past the studio's 8192² pictures. */
export const MAX_MASK_PIXELS = 134_217_728;

/**
 * The pixels of an 8-bit greyscale, non-interlaced PNG (what `encodeGreyPng` and the canvas's mask
 * encoder write), byte for byte — no colour management, unlike decoding through a canvas. Throws a
 * `PngFormatError` for damage (CRCs are checked), another pixel format, or more than `MAX_MASK_PIXELS`.
 */
export async function decodeGreyPng(png: Uint8Array): Promise<GreyImage> {
  const { width, height, data } = await readPngRows(
    png,
    ({ depth, colour, interlace }) => {
      if (depth !== 8 || colour !== 0 || interlace !== 0) {
        throw new PngFormatError(
          'structure',
          `Not an 8-bit greyscale, non-interlaced PNG (bit depth ${depth}, colour type ${colour}, interlace ${interlace})`,
        );
      }
      return 1;
    },
    MAX_MASK_PIXELS,
    'mask',
  );
  return { width, height, data };
}
