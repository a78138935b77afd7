import type { MaskRaster } from './MaskRaster';
import type { Rect } from './rect';
import { applyXorRuns, forEachPart } from './xorRuns';

/**
 * One undoable mask step. Strokes, lassos, fills, clears and loaded masks keep the run-coded XOR of their
 * before and after bytes over the tiles or rect they touched (xorRuns.ts): applying it again flips either
 * way, and it takes a few bytes per changed span, so even a whole-mask Fill at 6000×4000 stays small.
 * Invert is its own inverse and stores nothing. `rect` bounds the change (what the display redraws).
 */
export type MaskPatch = { kind: 'xor'; rect: Rect; parts: Uint8Array } | { kind: 'invert'; rect: Rect };

/**
 * A step the mask model does not apply itself: replacing or removing the init image. The canvas session
 * records what the document was before and after (`D`) and swaps it back; `bytes` counts toward the cap.
 */
export interface DocumentStep<D> {
  kind: 'document';
  bytes: number;
  before: D;
  after: D;
}

export type HistoryStep<D> = MaskPatch | DocumentStep<D>;

/** Default memory cap for stored steps: 256 MB, then the oldest steps are dropped. */
export const DEFAULT_HISTORY_BYTES = 256 * 1024 * 1024;
/** Default step cap; well above the 100 steps the studio promises. */
export const DEFAULT_HISTORY_STEPS = 1000;

function stepBytes<D>(p: HistoryStep<D>): number {
  if (p.kind === 'document') return p.bytes;
  return p.kind === 'xor' ? p.parts.byteLength : 0;
}

/**
 * Undo/redo stacks under a byte and step cap, DOM-free. One linear history for the whole canvas: mask
 * steps apply to whichever document is open, and document steps (owned by the session) sit between them,
 * so undoing past a replaced image brings back that image's own mask steps.
 */
export class MaskHistory<D = unknown> {
  private done: HistoryStep<D>[] = [];
  private undone: HistoryStep<D>[] = [];
  private bytes = 0;

  constructor(
    readonly maxBytes = DEFAULT_HISTORY_BYTES,
    readonly maxSteps = DEFAULT_HISTORY_STEPS,
  ) {}

  get canUndo(): boolean {
    return this.done.length > 0;
  }
  get canRedo(): boolean {
    return this.undone.length > 0;
  }
  get undoDepth(): number {
    return this.done.length;
  }
  get storedBytes(): number {
    return this.bytes;
  }
  /** The step Undo would revert (a document step is the session's to apply). */
  get nextUndo(): HistoryStep<D> | undefined {
    return this.done[this.done.length - 1];
  }
  get nextRedo(): HistoryStep<D> | undefined {
    return this.undone[this.undone.length - 1];
  }

  /** Records a new step; clears the redo stack and drops the oldest steps past either cap. */
  push(step: HistoryStep<D>): void {
    for (const p of this.undone) this.bytes -= stepBytes(p);
    this.undone = [];
    this.done.push(step);
    this.bytes += stepBytes(step);
    while (this.done.length > 1 && (this.bytes > this.maxBytes || this.done.length > this.maxSteps)) {
      this.bytes -= stepBytes(this.done.shift() as HistoryStep<D>);
    }
  }

  /**
   * Reverts the newest step in `raster` (and `shadow`, the committed copy) when it is a mask step;
   * returns its rect, or null when there is none or it is a document step (left for the session).
   */
  undo(raster: MaskRaster, shadow?: Uint8Array): Rect | null {
    const p = this.nextUndo;
    if (!p || p.kind === 'document') return null;
    this.takeUndo();
    apply(raster, p, shadow);
    return p.rect;
  }

  redo(raster: MaskRaster, shadow?: Uint8Array): Rect | null {
    const p = this.nextRedo;
    if (!p || p.kind === 'document') return null;
    this.takeRedo();
    apply(raster, p, shadow);
    return p.rect;
  }

  /** Moves the newest step to the redo stack without applying it (the session applies document steps). */
  takeUndo(): HistoryStep<D> | undefined {
    const p = this.done.pop();
    if (p) this.undone.push(p);
    return p;
  }

  takeRedo(): HistoryStep<D> | undefined {
    const p = this.undone.pop();
    if (p) this.done.push(p);
    return p;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
    this.bytes = 0;
  }
}

function apply(raster: MaskRaster, p: MaskPatch, shadow?: Uint8Array): void {
  if (p.kind === 'invert') {
    raster.invert();
    if (shadow) copyRect(raster.data, shadow, raster.width, p.rect);
    return;
  }
  forEachPart(p.parts, (rect, code) => {
    raster.applyXor(rect, code);
    if (shadow) applyXorRuns(code, shadow, raster.width, rect);
  });
}

/** Copies `rect` of a width-wide single-channel image from `src` to `dst`. */
export function copyRect(src: Uint8Array, dst: Uint8Array, width: number, rect: Rect): void {
  if (rect.x === 0 && rect.w === width) {
    const a = rect.y * width;
    dst.set(src.subarray(a, a + rect.h * width), a);
    return;
  }
  for (let y = rect.y; y < rect.y + rect.h; y++) {
    const a = y * width + rect.x;
    dst.set(src.subarray(a, a + rect.w), a);
  }
}
