/** The shape of ImageData without needing a DOM (tests, workers). */
export interface PixelImage {
  width: number;
  height: number;
  data: Uint8ClampedArray<ArrayBuffer>;
}

/** Default brightening: small differences (a few levels) become visible without saturating large ones. */
export const DIFFERENCE_GAIN = 4;

/**
 * Per-channel absolute difference of two same-sized pictures, multiplied by `gain` and clamped to 255;
 * alpha is opaque so identical areas read as black.
 */
export function differenceImage(a: PixelImage, b: PixelImage, gain = DIFFERENCE_GAIN): PixelImage {
  if (a.width !== b.width || a.height !== b.height) {
    throw new RangeError(`Cannot compare ${a.width}×${a.height} with ${b.width}×${b.height}`);
  }
  const out = new Uint8ClampedArray(a.width * a.height * 4);
  for (let i = 0; i < out.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      // Uint8ClampedArray clamps (and rounds) on write, which is the clamp we want.
      out[i + c] = Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0)) * gain;
    }
    out[i + 3] = 255;
  }
  return { width: a.width, height: a.height, data: out };
}
