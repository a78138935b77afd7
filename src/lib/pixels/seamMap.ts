import type { MaskEdges } from './featherMask';
import type { GreyImage } from './types';

/**
 * Where result and original meet, from the blend weights actually used (255 = result): every partly
 * blended pixel (the feathered band) and, for a hard edge, the result's pixels beside an original one
 * (4-neighbours). Beyond the raster weights read as 0 (original), except past a side marked in `border` (the
 * picture ends there: no neighbour). 255 on the seam, 0 elsewhere: a mask for a "Show seam" overlay.
 */
export function seamMap(alpha: GreyImage, border: MaskEdges): GreyImage {
  const { width, height, data } = alpha;
  const out = new Uint8Array(width * height);
  const isOriginal = (x: number, y: number): boolean => {
    if (x < 0) return !border.left;
    if (x >= width) return !border.right;
    if (y < 0) return !border.top;
    if (y >= height) return !border.bottom;
    return data[y * width + x] === 0;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const a = data[y * width + x]!;
      if (a === 0) continue;
      if (
        a < 255 ||
        isOriginal(x - 1, y) ||
        isOriginal(x + 1, y) ||
        isOriginal(x, y - 1) ||
        isOriginal(x, y + 1)
      ) {
        out[y * width + x] = 255;
      }
    }
  }
  return { width, height, data: out };
}
