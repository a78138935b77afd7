import { boxBlurPlane } from './boxBlur.ts';

/**
 * Running maximum over windows of `2r + 1` values (van Herk / Gil-Werman: a block prefix and suffix maximum,
 * three comparisons per value whatever r is). `line` holds the values, padded with r zeros on each side
 * (strengths are never below 0); `out[i]` receives the maximum of `line[i .. i + 2r]`.
 */
function maxWindows(
  line: Float32Array,
  r: number,
  prefix: Float32Array,
  suffix: Float32Array,
  out: Float32Array,
  n: number,
): void {
  const k = 2 * r + 1;
  const m = n + 2 * r;
  for (let start = 0; start < m; start += k) {
    const end = Math.min(m, start + k);
    let run = 0;
    for (let i = start; i < end; i++) prefix[i] = run = Math.max(run, line[i]!);
    run = 0;
    for (let i = end - 1; i >= start; i--) suffix[i] = run = Math.max(run, line[i]!);
  }
  for (let i = 0; i < n; i++) out[i] = Math.max(suffix[i]!, prefix[i + 2 * r]!);
}

/** Grey-level dilation by a (2r + 1)² square: rows, then columns. */
function dilate(src: Float32Array, width: number, height: number, r: number): Float32Array {
  const out = new Float32Array(width * height);
  const longest = Math.max(width, height) + 2 * r;
  const line = new Float32Array(longest);
  const prefix = new Float32Array(longest);
  const suffix = new Float32Array(longest);
  const result = new Float32Array(Math.max(width, height));
  for (let y = 0; y < height; y++) {
    line.fill(0);
    line.set(src.subarray(y * width, (y + 1) * width), r);
    maxWindows(line, r, prefix, suffix, result, width);
    out.set(result.subarray(0, width), y * width);
  }
  for (let x = 0; x < width; x++) {
    line.fill(0);
    for (let y = 0; y < height; y++) line[r + y] = out[y * width + x]!;
    maxWindows(line, r, prefix, suffix, result, height);
    for (let y = 0; y < height; y++) out[y * width + x] = result[y]!;
  }
  return out;
}

/** Box passes of the feather: three approximate a Gaussian (boxBlur.ts). */
const FEATHER_PASSES = 3;

/**
 * v2beta's `grow_mask` (inpaint and erase): the repaint strength dilated by `radius` pixels, then feathered
 * so its edge fades out instead of stopping. The dilation is a square of side 2·radius + 1 (grey levels kept:
 * partial strengths spread as they are); the feather is three box blurs of radius ⌊radius / 3⌋, whose reach
 * (≤ radius) stays inside the grown margin. So every pixel keeps at least its own strength, a hard edge
 * now ramps from full strength at the old edge to 0 at 2·radius beyond it, crossing ½ at `radius`, and
 * radius 0 returns the strengths unchanged.
 * @param strength width·height values in 0..1; left untouched
 */
export function growMask(
  strength: Float32Array,
  width: number,
  height: number,
  radius: number,
): Float32Array {
  const r = Math.max(0, Math.floor(radius));
  if (strength.length !== width * height) {
    throw new RangeError(`growMask: expected ${width * height} strengths, got ${strength.length}`);
  }
  if (r === 0) return strength.slice();
  const grown = dilate(strength, width, height, r);
  const b = Math.floor(r / 3);
  if (b > 0) {
    const tmp = new Float32Array(grown.length);
    for (let pass = 0; pass < FEATHER_PASSES; pass++) boxBlurPlane(grown, width, height, b, grown, tmp);
  }
  for (let p = 0; p < grown.length; p++) {
    const own = strength[p]!;
    if (grown[p]! < own) grown[p] = own;
  }
  return grown;
}
