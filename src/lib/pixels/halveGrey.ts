import type { GreyImage } from './types';

/**
 * A mask at half the size, each pixel the rounded mean of its 2×2 block (a last odd row or column averages
 * what it has). Repeated, it gives the mask pyramid the preview feathers zoomed-out views on.
 */
export function halveGrey(mask: GreyImage): GreyImage {
  const width = Math.ceil(mask.width / 2);
  const height = Math.ceil(mask.height / 2);
  const data = new Uint8Array(width * height);
  const { data: src, width: sw, height: sh } = mask;
  for (let y = 0; y < height; y++) {
    const y0 = 2 * y;
    const y1 = Math.min(sh - 1, y0 + 1);
    for (let x = 0; x < width; x++) {
      const x0 = 2 * x;
      const x1 = Math.min(sw - 1, x0 + 1);
      const sum = src[y0 * sw + x0]! + src[y0 * sw + x1]! + src[y1 * sw + x0]! + src[y1 * sw + x1]!;
      data[y * width + x] = (sum + 2) >> 2;
    }
  }
  return { width, height, data };
}
