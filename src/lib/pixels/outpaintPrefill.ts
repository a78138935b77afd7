import { assertPixels, type GreyImage, type Rect, type RgbaImage } from './types';

/** Pixels added on each side of the picture. */
export interface Margins {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface OutpaintPrefillOptions {
  /**
   * How fast the continuation softens: at d px from the picture, each fill pixel is the mean of the edge
   * pixels within `spread · d` along the edge. 1 (default): a 45° cone, streaks near the edge fading into
   * broad colour far from it.
   */
  spread?: number;
  /** Pixels of the old picture, along each extended side, the mask also covers (fading out); default 0. */
  overlap?: number;
}

export interface OutpaintPrefill {
  /** The enlarged picture: the original at `placed`, the margins filled by continuing its edges. */
  image: RgbaImage;
  /** 255 on the new area, 0 on the original (grey over the `overlap` band): send it as the inpaint mask. */
  mask: GreyImage;
  /** Where the original sits in the enlarged picture. */
  placed: Rect;
}

function checkMargins(m: Margins): void {
  for (const side of ['left', 'right', 'top', 'bottom'] as const) {
    const v = m[side];
    if (!Number.isInteger(v) || v < 0)
      throw new RangeError(`outpaintPrefill: ${side} must be a whole number of pixels ≥ 0 (got ${v})`);
  }
}

/** Per-channel prefix sums of `count` pixels read by `pixelAt(i)` (byte offset of pixel i). */
function prefixSums(
  count: number,
  data: Uint8Array | Uint8ClampedArray,
  pixelAt: (i: number) => number,
): Float64Array {
  const sums = new Float64Array((count + 1) * 4);
  for (let i = 0; i < count; i++) {
    const p = pixelAt(i);
    for (let c = 0; c < 4; c++) sums[(i + 1) * 4 + c] = sums[i * 4 + c]! + data[p + c]!;
  }
  return sums;
}

/**
 * Writes one filled line at distance `d` from an edge whose `count` pixels have prefix sums `sums`: pixel i
 * of the line is the mean of edge pixels [i − ρ, i + ρ] (clamped to the edge), ρ = round(spread · d).
 */
function fillLine(
  out: Uint8ClampedArray,
  sums: Float64Array,
  count: number,
  d: number,
  spread: number,
  offsetOf: (i: number) => number,
): void {
  const rho = Math.round(spread * d);
  for (let i = 0; i < count; i++) {
    const a = Math.max(0, i - rho);
    const b = Math.min(count, i + rho + 1);
    const o = offsetOf(i);
    for (let c = 0; c < 4; c++) out[o + c] = Math.round((sums[b * 4 + c]! - sums[a * 4 + c]!) / (b - a));
  }
}

/**
 * The enlarged picture for outpainting through an inpaint endpoint: the original placed `left`/`top` px in,
 * the margins pre-filled by continuing its edges — each edge row (then each edge column, corners included)
 * carried outwards, blurred wider the farther it goes (`spread`) — so the engine starts from plausible
 * colour instead of black. Plus the mask: the new area white. Linear time in the new area.
 */
export function outpaintPrefill(
  picture: RgbaImage,
  margins: Margins,
  options: OutpaintPrefillOptions = {},
): OutpaintPrefill {
  assertPixels('outpaintPrefill', picture, 4);
  checkMargins(margins);
  if (picture.width < 1 || picture.height < 1) throw new RangeError('outpaintPrefill: the picture is empty');
  const spread = options.spread ?? 1;
  const { left, right, top, bottom } = margins;
  const { width: w, height: h, data: src } = picture;
  const width = w + left + right;
  const height = h + top + bottom;
  const out = new Uint8ClampedArray(width * height * 4);
  const at = (x: number, y: number) => (y * width + x) * 4;
  for (let y = 0; y < h; y++) out.set(src.subarray(y * w * 4, (y + 1) * w * 4), at(left, top + y));

  // Up and down first, over the picture's columns…
  const topRow = prefixSums(w, src, (i) => i * 4);
  for (let d = 1; d <= top; d++) fillLine(out, topRow, w, d, spread, (i) => at(left + i, top - d));
  const bottomRow = prefixSums(w, src, (i) => ((h - 1) * w + i) * 4);
  for (let d = 1; d <= bottom; d++)
    fillLine(out, bottomRow, w, d, spread, (i) => at(left + i, top + h - 1 + d));
  // …then sideways over every row, so the corners continue the filled top and bottom.
  const leftColumn = prefixSums(height, out, (i) => at(left, i));
  for (let d = 1; d <= left; d++) fillLine(out, leftColumn, height, d, spread, (i) => at(left - d, i));
  const rightColumn = prefixSums(height, out, (i) => at(left + w - 1, i));
  for (let d = 1; d <= right; d++)
    fillLine(out, rightColumn, height, d, spread, (i) => at(left + w - 1 + d, i));

  return {
    image: { width, height, data: out },
    mask: outpaintMask({ width: w, height: h }, margins, options.overlap ?? 0),
    placed: { x: left, y: top, width: w, height: h },
  };
}

/**
 * The outpaint mask: 255 outside the original, 0 inside, except within `overlap` px of an extended side,
 * where it fades from 255·overlap/(overlap + 1) at the side to 0 (so the engine may blend the seam).
 */
export function outpaintMask(
  picture: { width: number; height: number },
  margins: Margins,
  overlap = 0,
): GreyImage {
  checkMargins(margins);
  const { left, right, top, bottom } = margins;
  const width = picture.width + left + right;
  const height = picture.height + top + bottom;
  const data = new Uint8Array(width * height).fill(255);
  const n = Math.max(0, Math.floor(overlap));
  const ramp = (d: number) => (d < n ? Math.round((255 * (n - d)) / (n + 1)) : 0);
  for (let y = 0; y < picture.height; y++) {
    const dy = Math.min(top ? y : Infinity, bottom ? picture.height - 1 - y : Infinity);
    for (let x = 0; x < picture.width; x++) {
      const dx = Math.min(left ? x : Infinity, right ? picture.width - 1 - x : Infinity);
      data[(top + y) * width + left + x] = ramp(Math.min(dx, dy));
    }
  }
  return { width, height, data };
}
