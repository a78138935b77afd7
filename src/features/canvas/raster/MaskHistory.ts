import type { MaskRaster } from './MaskRaster';
import type { Rect } from './rect';

/**
 * One undoable step. Strokes, lassos, fills and clears keep the before/after bytes of the rect they touched
 * (never the whole bitmap unless they touched it all); invert is its own inverse and stores nothing.
 */
export type MaskPatch =
  { kind: 'bytes'; rect: Rect; before: Uint8Array; after: Uint8Array } | { kind: 'invert'; rect: Rect };

/** Default memory cap for stored patches: 256 MB, then the oldest steps are dropped. */
export const DEFAULT_HISTORY_BYTES = 256 * 1024 * 1024;
/** Default step cap; well above the 100 steps the studio promises. */
export const DEFAULT_HISTORY_STEPS = 1000;

function patchBytes(p: MaskPatch): number {
  return p.kind === 'bytes' ? p.before.byteLength + p.after.byteLength : 0;
}

/** Undo/redo stacks of dirty-rect patches under a byte and step cap. DOM-free. */
export class MaskHistory {
  private done: MaskPatch[] = [];
  private undone: MaskPatch[] = [];
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

  /** Records a new step; clears the redo stack and drops the oldest steps past either cap. */
  push(patch: MaskPatch): void {
    for (const p of this.undone) this.bytes -= patchBytes(p);
    this.undone = [];
    this.done.push(patch);
    this.bytes += patchBytes(patch);
    while (this.done.length > 1 && (this.bytes > this.maxBytes || this.done.length > this.maxSteps)) {
      const dropped = this.done.shift() as MaskPatch;
      this.bytes -= patchBytes(dropped);
    }
  }

  /** Reverts the newest step in `raster` (and `shadow`, the committed copy); returns its rect or null. */
  undo(raster: MaskRaster, shadow?: Uint8Array): Rect | null {
    const p = this.done.pop();
    if (!p) return null;
    this.undone.push(p);
    apply(raster, p, 'before', shadow);
    return p.rect;
  }

  redo(raster: MaskRaster, shadow?: Uint8Array): Rect | null {
    const p = this.undone.pop();
    if (!p) return null;
    this.done.push(p);
    apply(raster, p, 'after', shadow);
    return p.rect;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
    this.bytes = 0;
  }
}

function apply(raster: MaskRaster, p: MaskPatch, side: 'before' | 'after', shadow?: Uint8Array): void {
  if (p.kind === 'invert') raster.invert();
  else raster.writeRect(p.rect, p[side]);
  if (shadow) copyRect(raster.data, shadow, raster.width, p.rect);
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
