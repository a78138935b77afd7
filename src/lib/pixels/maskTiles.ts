import type { MaskEdges } from './featherMask';
import type { GreyImage, Rect } from './types';

/** Side of the cells whose minimum and maximum are kept. */
const CELL = 32;

/**
 * The minimum and maximum of a mask per 32×32 cell, to tell in O(cells) whether an area is flat (one
 * value): the feather leaves such areas as they are and blurs only near edges. Built once per mask (one
 * pass); the mask must not change afterwards.
 */
export class MaskTiles {
  private readonly cols: number;
  private readonly rows: number;
  private readonly min: Uint8Array;
  private readonly max: Uint8Array;

  constructor(private readonly mask: GreyImage) {
    this.cols = Math.ceil(mask.width / CELL);
    this.rows = Math.ceil(mask.height / CELL);
    this.min = new Uint8Array(this.cols * this.rows).fill(255);
    this.max = new Uint8Array(this.cols * this.rows);
    const { data, width, height } = mask;
    for (let y = 0; y < height; y++) {
      const cellRow = ((y / CELL) | 0) * this.cols;
      for (let c = 0; c < this.cols; c++) {
        let lo = 255;
        let hi = 0;
        const end = Math.min(width, (c + 1) * CELL);
        for (let i = y * width + c * CELL; i < y * width + end; i++) {
          const v = data[i]!;
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
        const k = cellRow + c;
        if (lo < this.min[k]!) this.min[k] = lo;
        if (hi > this.max[k]!) this.max[k] = hi;
      }
    }
  }

  /**
   * The one value of the mask over `rect` grown by `by` px (beyond the mask per `edges`: a side that is
   * not the picture's border reads as 0), or `null` when it holds more than one.
   */
  flatValue(rect: Rect, by: number, edges: MaskEdges): number | null {
    const { width, height } = this.mask;
    const x0 = rect.x - by;
    const y0 = rect.y - by;
    const x1 = rect.x + rect.width + by;
    const y1 = rect.y + rect.height + by;
    // Past a side that is not the picture's border the mask reads as 0.
    const zeroBeyond =
      (x0 < 0 && !edges.left) ||
      (y0 < 0 && !edges.top) ||
      (x1 > width && !edges.right) ||
      (y1 > height && !edges.bottom);
    let lo = zeroBeyond ? 0 : 255;
    let hi = 0;
    let seen = zeroBeyond;
    // Clamped to the mask: beyond a border side the border's own values repeat.
    const cell = (v: number, n: number) => Math.min(n - 1, Math.max(0, Math.floor(v / CELL)));
    const c0 = cell(x0, this.cols);
    const c1 = cell(x1 - 1, this.cols);
    const r0 = cell(y0, this.rows);
    const r1 = cell(y1 - 1, this.rows);
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const k = r * this.cols + c;
        lo = seen ? Math.min(lo, this.min[k]!) : this.min[k]!;
        hi = seen ? Math.max(hi, this.max[k]!) : this.max[k]!;
        seen = true;
        if (lo !== hi) return null;
      }
    }
    return lo;
  }
}
