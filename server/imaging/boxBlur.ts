/**
 * Separable box blur of one float plane, edges clamped (replicated) so borders do not darken.
 * Running sums make the cost independent of the radius: O(width·height) per call. Running it three times
 * approximates a Gaussian with σ ≈ radius. Both passes walk memory row by row (the vertical pass keeps one
 * running sum per column) so it stays cache friendly at 1024².
 * @param src plane of width·height values; left untouched
 * @param out receives the result; may be the same array as `src`
 * @param tmp scratch plane of the same length (avoids allocations when called in a loop)
 */
export function boxBlurPlane(
  src: Float32Array,
  width: number,
  height: number,
  radius: number,
  out: Float32Array,
  tmp: Float32Array,
): void {
  const r = Math.max(0, Math.floor(radius));
  if (r === 0) {
    if (out !== src) out.set(src);
    return;
  }
  const inv = 1 / (2 * r + 1);
  const lastX = width - 1;
  // Clamped indices entering and leaving the window, computed once instead of per pixel.
  const enter = new Int32Array(width);
  const leave = new Int32Array(width);
  for (let x = 0; x < width; x++) {
    enter[x] = Math.min(x + r + 1, lastX);
    leave[x] = Math.max(x - r, 0);
  }
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let sum = src[row]! * (r + 1);
    for (let i = 1; i <= r; i++) sum += src[row + Math.min(i, lastX)]!;
    for (let x = 0; x < width; x++) {
      tmp[row + x] = sum * inv;
      sum += src[row + enter[x]!]! - src[row + leave[x]!]!;
    }
  }
  const lastY = height - 1;
  const sums = new Float64Array(width);
  for (let x = 0; x < width; x++) {
    let s = tmp[x]! * (r + 1);
    for (let i = 1; i <= r; i++) s += tmp[Math.min(i, lastY) * width + x]!;
    sums[x] = s;
  }
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const addRow = Math.min(y + r + 1, lastY) * width;
    const subRow = Math.max(y - r, 0) * width;
    for (let x = 0; x < width; x++) {
      const s = sums[x]!;
      out[row + x] = s * inv;
      sums[x] = s + tmp[addRow + x]! - tmp[subRow + x]!;
    }
  }
}
