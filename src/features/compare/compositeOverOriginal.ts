import type { MaskSource } from '../../lib/api/studio';
import type { PixelImage } from './differenceImage';

/** Repaint strength 0–255 of one mask pixel, read the way the engine reads `mask_source` (API.md). */
function strengthAt(mask: PixelImage, i: number, source: MaskSource): number {
  if (source === 'INIT_IMAGE_ALPHA') return 255 - (mask.data[i + 3] ?? 255);
  // Grey level of a white/black mask: the red channel of a greyscale PNG; average in case it is coloured.
  const grey = ((mask.data[i] ?? 0) + (mask.data[i + 1] ?? 0) + (mask.data[i + 2] ?? 0)) / 3;
  return source === 'MASK_IMAGE_WHITE' ? grey : 255 - grey;
}

/**
 * Blends an inpaint result over its init image by the mask, so that between cells only the masked area can
 * differ (a real API may touch unmasked pixels; the comparison should not show that as a difference).
 * For `INIT_IMAGE_ALPHA` pass the init image itself as `mask`. The output is opaque.
 */
export function compositeOverOriginal(
  result: PixelImage,
  original: PixelImage,
  mask: PixelImage,
  source: MaskSource,
): PixelImage {
  for (const img of [original, mask]) {
    if (img.width !== result.width || img.height !== result.height) {
      throw new RangeError(`Size mismatch: ${img.width}×${img.height} vs ${result.width}×${result.height}`);
    }
  }
  const out = new Uint8ClampedArray(result.data.length);
  for (let i = 0; i < out.length; i += 4) {
    const s = strengthAt(mask, i, source) / 255;
    for (let c = 0; c < 3; c++) {
      out[i + c] = (1 - s) * (original.data[i + c] ?? 0) + s * (result.data[i + c] ?? 0);
    }
    out[i + 3] = 255;
  }
  return { width: result.width, height: result.height, data: out };
}
