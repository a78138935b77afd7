import type { MaskSource } from '../../src/lib/api/wire.ts';
import { assertRgba, assertSameSize, type Rgba } from './rgba.ts';

/**
 * Per-pixel repaint strength in 0..1 (API.md: linear in the grey level or the alpha).
 * - `MASK_IMAGE_WHITE`: the mask's luma / 255 (white repaints).
 * - `MASK_IMAGE_BLACK`: 1 − luma / 255 (black repaints).
 * - `INIT_IMAGE_ALPHA`: 1 − init alpha / 255 (transparent repaints); `mask` is ignored.
 * Luma uses Rec. 601 weights (as PIL's "L" conversion does), so a grey pixel g gives exactly g / 255.
 * The mask's own alpha is ignored, as a greyscale conversion would.
 * @throws TypeError when a white/black source has no mask; RangeError when the mask size differs.
 */
export function maskStrength(source: MaskSource, init: Rgba, mask: Rgba | null): Float32Array {
  assertRgba(init, 'maskStrength init');
  const n = init.width * init.height;
  const out = new Float32Array(n);
  if (source === 'INIT_IMAGE_ALPHA') {
    const d = init.data;
    for (let p = 0; p < n; p++) out[p] = 1 - d[p * 4 + 3]! / 255;
    return out;
  }
  if (mask === null) throw new TypeError(`maskStrength: ${source} needs a mask image`);
  assertRgba(mask, 'maskStrength mask');
  assertSameSize(init, mask, 'maskStrength');
  const m = mask.data;
  const invert = source === 'MASK_IMAGE_BLACK';
  for (let p = 0, i = 0; p < n; p++, i += 4) {
    // Integer weights summing to 1000 keep grey exact: (299 + 587 + 114)·g / 255000 = g / 255.
    const luma = (299 * m[i]! + 587 * m[i + 1]! + 114 * m[i + 2]!) / 255000;
    out[p] = invert ? 1 - luma : luma;
  }
  return out;
}
