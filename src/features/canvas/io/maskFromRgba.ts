/**
 * Mask strength from a decoded mask picture's RGBA pixels: the grey level (Rec. 601 luma, so a colour
 * picture still reads sensibly), scaled by alpha so transparent pixels mean "keep". White = repaint,
 * as the studio's own masks and MASK_IMAGE_WHITE. Pure.
 */
export function maskFromRgba(rgba: Uint8ClampedArray | Uint8Array, pixels: number): Uint8Array {
  if (rgba.length < pixels * 4) throw new RangeError('not enough RGBA bytes for the mask');
  const out = new Uint8Array(pixels);
  for (let i = 0; i < pixels; i++) {
    const o = i * 4;
    const luma =
      0.299 * (rgba[o] as number) + 0.587 * (rgba[o + 1] as number) + 0.114 * (rgba[o + 2] as number);
    out[i] = Math.round((luma * (rgba[o + 3] as number)) / 255);
  }
  return out;
}
