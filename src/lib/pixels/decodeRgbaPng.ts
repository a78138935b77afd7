import { PngFormatError } from '../png/PngFormatError';
import { readPngRows } from './pngRows';
import type { RgbaImage } from './types';

/** The largest picture decoded: 8192² (the canvas's largest side, squared). */
const MAX_PICTURE_PIXELS = 8192 * 8192;

/**
 * The RGBA pixels of an 8-bit RGB or RGBA, non-interlaced PNG, byte for byte: no colour management and
 * no premultiplied round trip, which a canvas's `getImageData` makes lossy wherever alpha < 255 (so a
 * picture rebuilt from it would not equal its file). RGB gets alpha 255. Throws a `PngFormatError` for
 * any other format (the caller can fall back to a canvas) or damage.
 */
export async function decodeRgbaPng(png: Uint8Array): Promise<RgbaImage> {
  const { width, height, bpp, data } = await readPngRows(
    png,
    ({ depth, colour, interlace }) => {
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) {
        throw new PngFormatError(
          'structure',
          `Not an 8-bit RGB or RGBA, non-interlaced PNG (bit depth ${depth}, colour type ${colour}, interlace ${interlace})`,
        );
      }
      return colour === 6 ? 4 : 3;
    },
    MAX_PICTURE_PIXELS,
    'picture',
  );
  if (bpp === 4) return { width, height, data };
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0, o = 0; i < data.length; i += 3, o += 4) {
    rgba[o] = data[i]!;
    rgba[o + 1] = data[i + 1]!;
    rgba[o + 2] = data[i + 2]!;
    rgba[o + 3] = 255;
  }
  return { width, height, data: rgba };
}
