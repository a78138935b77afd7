import { boxBlurPlane } from './boxBlur.ts';
import { assertRgba, type Rgba } from './rgba.ts';

/** Blur radius as a fraction of the shorter side: 512² gets r = 13, i.e. σ ≈ 13 px after three passes. */
const SOFTEN_RADIUS_FRACTION = 1 / 40;
const SOFTEN_PASSES = 3;

/**
 * The content filter's "soften": a strong, clearly visible blur (three box passes ≈ Gaussian). Colour is
 * blurred premultiplied by alpha so transparent pixels do not bleed their hidden colour into the picture.
 */
export function softenForContentFilter(img: Rgba): Rgba {
  assertRgba(img, 'softenForContentFilter');
  const { width, height, data } = img;
  const n = width * height;
  const radius = Math.max(2, Math.round(Math.min(width, height) * SOFTEN_RADIUS_FRACTION));
  let opaque = true;
  for (let i = 3; i < data.length; i += 4) {
    if (data[i] !== 255) {
      opaque = false;
      break;
    }
  }
  // Opaque pictures (every generated one) skip the alpha plane and the premultiplication: a quarter less work.
  const planes = Array.from({ length: opaque ? 3 : 4 }, () => new Float32Array(n));
  const [r, g, b] = planes as [Float32Array, Float32Array, Float32Array];
  const a = opaque ? null : planes[3]!;
  for (let p = 0, i = 0; p < n; p++, i += 4) {
    const alpha = a ? data[i + 3]! / 255 : 1;
    r[p] = data[i]! * alpha;
    g[p] = data[i + 1]! * alpha;
    b[p] = data[i + 2]! * alpha;
    if (a) a[p] = alpha;
  }
  const tmp = new Float32Array(n);
  for (const plane of planes) {
    for (let pass = 0; pass < SOFTEN_PASSES; pass++) boxBlurPlane(plane, width, height, radius, plane, tmp);
  }
  const out = new Uint8Array(n * 4);
  const clamped = new Uint8ClampedArray(out.buffer);
  for (let p = 0, i = 0; p < n; p++, i += 4) {
    const alpha = a ? a[p]! : 1;
    const k = alpha > 1e-6 ? 1 / alpha : 0;
    clamped[i] = r[p]! * k;
    clamped[i + 1] = g[p]! * k;
    clamped[i + 2] = b[p]! * k;
    clamped[i + 3] = alpha * 255;
  }
  return { width, height, data: out };
}
