import { featherKernel } from './featherKernel';
import { MaskTiles } from './maskTiles';
import type { GreyImage, Rect } from './types';

/**
 * What lies beyond each side of the mask: `true` = the picture ends there (the mask's edge pixels repeat, so
 * the picture's border is never taken for a mask edge); `false` = more picture whose mask is 0 (a region's
 * inner side, the mask being all inside the region).
 */
export interface MaskEdges {
  left: boolean;
  top: boolean;
  right: boolean;
  bottom: boolean;
}

/**
 * The feathered mask over `rect` (mask coordinates): the mask blurred by `featherKernel(radius)`, rounded
 * to 8 bits. Radius 0 returns the mask itself; at any radius a pixel whose disc of that radius holds one
 * mask value keeps it exactly, so the feather touches only pixels within `radius` px of the mask's edge.
 * Grey levels blur like any other. Pixels around `rect` are read from the mask, and beyond the mask per
 * `edges`. Exact integer arithmetic. Only tiles near an edge are blurred (`tiles` tells which are flat;
 * pass the same `MaskTiles` again to skip recomputing it), so the work follows the edge's length, not the
 * mask's area.
 */
export function featherMask(
  mask: GreyImage,
  radius: number,
  rect: Rect,
  edges: MaskEdges,
  tiles: MaskTiles = new MaskTiles(mask),
): GreyImage {
  const out = new Uint8Array(rect.width * rect.height);
  const kernel = featherKernel(Math.max(0, Math.floor(radius)));
  const { span } = kernel;
  // How far a pixel's value reads: the kernel's span, or 1 for the plus kernel of radius 1.
  const reach = span > 0 ? span : radius >= 1 ? 1 : 0;
  if (reach === 0) {
    copyRect(mask, rect, edges, out);
    return { width: rect.width, height: rect.height, data: out };
  }
  const blur = span > 0 ? new RunBlur(span, kernel.boxes, kernel.gain * kernel.gain) : null;
  const run = (tile: Rect) =>
    blur ? blur.run(mask, edges, tile, out, rect) : plusKernel(mask, tile, edges, out, rect);
  // Bands of rows 2× the reach tall, cut into 32-px columns: flat columns are filled, runs of the others
  // blurred together (a run re-reads only `reach` columns at each end, a band `reach` rows above and below).
  const bandRows = Math.min(256, Math.max(32, 2 * reach));
  const right = rect.x + rect.width;
  for (let y = rect.y; y < rect.y + rect.height; y += bandRows) {
    const height = Math.min(bandRows, rect.y + rect.height - y);
    // Where the current run of non-flat columns starts (a rectangle may start left of the mask: x < 0).
    let runStart: number | null = null;
    for (let x = rect.x; x < right; x += COLUMN) {
      const cell = { x, y, width: Math.min(COLUMN, right - x), height };
      const flat = tiles.flatValue(cell, reach, edges);
      if (flat === null) {
        runStart ??= x;
        continue;
      }
      fillRect(out, rect, cell, flat);
      if (runStart !== null) run({ x: runStart, y, width: x - runStart, height });
      runStart = null;
    }
    if (runStart !== null) run({ x: runStart, y, width: right - runStart, height });
  }
  return { width: rect.width, height: rect.height, data: out };
}

/** Width of the columns a band is cut into to find what is flat (the `MaskTiles` cell). */
const COLUMN = 32;

/** The mask value at (x, y), or what lies beyond the mask there. */
function at(mask: GreyImage, edges: MaskEdges, x: number, y: number): number {
  if (x < 0) {
    if (!edges.left) return 0;
    x = 0;
  } else if (x >= mask.width) {
    if (!edges.right) return 0;
    x = mask.width - 1;
  }
  if (y < 0) {
    if (!edges.top) return 0;
    y = 0;
  } else if (y >= mask.height) {
    if (!edges.bottom) return 0;
    y = mask.height - 1;
  }
  return mask.data[y * mask.width + x]!;
}

function fillRect(out: Uint8Array, outRect: Rect, tile: Rect, value: number): void {
  for (let y = 0; y < tile.height; y++) {
    const o = (tile.y - outRect.y + y) * outRect.width + tile.x - outRect.x;
    out.fill(value, o, o + tile.width);
  }
}

/** `rect` of the mask as it is (radius 0): rows copied whole where they lie inside the mask. */
function copyRect(mask: GreyImage, rect: Rect, edges: MaskEdges, out: Uint8Array): void {
  const inside = rect.x >= 0 && rect.x + rect.width <= mask.width;
  for (let y = 0; y < rect.height; y++) {
    const my = rect.y + y;
    const o = y * rect.width;
    if (inside && my >= 0 && my < mask.height) {
      const from = my * mask.width + rect.x;
      out.set(mask.data.subarray(from, from + rect.width), o);
    } else {
      for (let x = 0; x < rect.width; x++) out[o + x] = at(mask, edges, rect.x + x, my);
    }
  }
}

/** Radius 1 over `tile`: (4·centre + the 4 neighbours) / 8 — the only kernel that stays within 1 px. */
function plusKernel(mask: GreyImage, tile: Rect, edges: MaskEdges, out: Uint8Array, outRect: Rect): void {
  for (let y = 0; y < tile.height; y++) {
    const my = tile.y + y;
    const o = (my - outRect.y) * outRect.width - outRect.x;
    for (let x = 0; x < tile.width; x++) {
      const mx = tile.x + x;
      const sum =
        4 * at(mask, edges, mx, my) +
        at(mask, edges, mx - 1, my) +
        at(mask, edges, mx + 1, my) +
        at(mask, edges, mx, my - 1) +
        at(mask, edges, mx, my + 1);
      out[o + mx] = (sum + 4) >> 3;
    }
  }
}

/**
 * One unnormalised box pass along a line: dst[i] = Σ src[i − b … i + b] for i in [from + b, to − b), reading
 * src in [from, to). Integer sums in float64 stay exact (< 2⁵³).
 */
function boxPassLine(src: Float64Array, dst: Float64Array, from: number, to: number, b: number): void {
  let acc = 0;
  for (let i = from; i <= from + 2 * b; i++) acc += src[i]!;
  for (let i = from + b; i < to - b; i++) {
    dst[i] = acc;
    if (i + b + 1 < to) acc += src[i + b + 1]! - src[i - b]!;
  }
}

/** The same pass down the columns of `lanes`-wide rows, a whole row at a time (contiguous inner loops). */
function boxPassRows(
  src: Float64Array,
  dst: Float64Array,
  from: number,
  to: number,
  b: number,
  lanes: number,
  acc: Float64Array,
): void {
  acc.fill(0);
  for (let i = from; i <= from + 2 * b; i++) {
    const s = i * lanes;
    for (let j = 0; j < lanes; j++) acc[j]! += src[s + j]!;
  }
  for (let i = from + b; i < to - b; i++) {
    dst.set(acc, i * lanes);
    if (i + b + 1 >= to) break;
    const add = (i + b + 1) * lanes;
    const sub = (i - b) * lanes;
    for (let j = 0; j < lanes; j++) acc[j]! += src[add + j]! - src[sub + j]!;
  }
}

/** The blur of one run of a band, with buffers reused (and grown) from run to run. */
class RunBlur {
  private line = new Float64Array(0);
  private line2 = new Float64Array(0);
  private rowsA = new Float64Array(0);
  private rowsB = new Float64Array(0);
  private acc = new Float64Array(0);

  constructor(
    private readonly span: number,
    private readonly boxes: readonly [number, number, number],
    private readonly norm: number,
  ) {}

  private reserve(width: number, rows: number): void {
    const ext = width + 2 * this.span;
    if (this.line.length < ext) {
      this.line = new Float64Array(ext);
      this.line2 = new Float64Array(ext);
      this.acc = new Float64Array(width);
    }
    if (this.rowsA.length < width * rows) {
      this.rowsA = new Float64Array(width * rows);
      this.rowsB = new Float64Array(width * rows);
    }
  }

  run(mask: GreyImage, edges: MaskEdges, tile: Rect, out: Uint8Array, outRect: Rect): void {
    this.reserve(tile.width, tile.height + 2 * this.span);
    const { span, line, line2, rowsA, rowsB } = this;
    const [b1, b2, b3] = this.boxes;
    const w = tile.width;
    const lineLen = w + 2 * span;
    const inRows = tile.height + 2 * span;
    const x0 = tile.x - span;
    // Horizontal: each input row, padded per `edges`, into rowsA (w values per row).
    for (let r = 0; r < inRows; r++) {
      const y = tile.y - span + r;
      const inside = y >= 0 && y < mask.height;
      const row = y * mask.width;
      for (let i = 0; i < lineLen; i++) {
        const x = x0 + i;
        line[i] = inside && x >= 0 && x < mask.width ? mask.data[row + x]! : at(mask, edges, x, y);
      }
      boxPassLine(line, line2, 0, lineLen, b1);
      boxPassLine(line2, line, b1, lineLen - b1, b2);
      boxPassLine(line, line2, b1 + b2, lineLen - b1 - b2, b3);
      rowsA.set(line2.subarray(span, span + w), r * w);
    }
    // Vertical: the same passes down the columns, whole rows at a time (contiguous inner loops).
    const acc = this.acc.subarray(0, w);
    boxPassRows(rowsA, rowsB, 0, inRows, b1, w, acc);
    boxPassRows(rowsB, rowsA, b1, inRows - b1, b2, w, acc);
    boxPassRows(rowsA, rowsB, b1 + b2, inRows - b1 - b2, b3, w, acc);
    const norm = this.norm;
    for (let r = 0; r < tile.height; r++) {
      const s = (r + span) * w;
      const o = (tile.y - outRect.y + r) * outRect.width + tile.x - outRect.x;
      for (let x = 0; x < w; x++) out[o + x] = Math.round(rowsB[s + x]! / norm);
    }
  }
}
