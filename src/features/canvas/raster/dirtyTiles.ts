import { clipRect, type Rect } from './rect';

/** Side of an undo tile, in mask pixels: small enough that a stroke's tiles hug its path. */
export const TILE = 64;

/**
 * The tiles a stroke touched, so its undo step reads and codes only those, not its bounding box: a
 * spiral across a 6000×4000 mask has a bounding box of millions of pixels but touches a thin band.
 */
export class DirtyTiles {
  private readonly cols: number;
  private readonly marked: Uint8Array;
  private list: number[] = [];

  constructor(
    private readonly width: number,
    private readonly height: number,
  ) {
    this.cols = Math.ceil(width / TILE);
    this.marked = new Uint8Array(this.cols * Math.ceil(height / TILE));
  }

  get isEmpty(): boolean {
    return this.list.length === 0;
  }

  /** Marks every tile `r` overlaps (r already clipped to the mask). */
  mark(r: Rect): void {
    if (r.w <= 0 || r.h <= 0) return;
    const tx1 = Math.floor((r.x + r.w - 1) / TILE);
    const ty1 = Math.floor((r.y + r.h - 1) / TILE);
    for (let ty = Math.floor(r.y / TILE); ty <= ty1; ty++) {
      for (let tx = Math.floor(r.x / TILE); tx <= tx1; tx++) {
        const i = ty * this.cols + tx;
        if (this.marked[i]) continue;
        this.marked[i] = 1;
        this.list.push(i);
      }
    }
  }

  /** The marked tiles as rects in raster order, clipped to the mask; the marks are cleared. */
  take(): Rect[] {
    const rects = this.list
      .sort((a, b) => a - b)
      .map((i) => {
        this.marked[i] = 0;
        const x = (i % this.cols) * TILE;
        const y = Math.floor(i / this.cols) * TILE;
        return clipRect({ x, y, w: TILE, h: TILE }, this.width, this.height);
      });
    this.list = [];
    return rects;
  }
}
