import type { ImagePoint } from '../geometry/coords';
import { brushProfile } from './brushProfile';
import { DirtyTiles } from './dirtyTiles';
import { fillPolygon } from './fillPolygon';
import { copyRect, MaskHistory } from './MaskHistory';
import { MaskRaster } from './MaskRaster';
import { EMPTY_RECT, isEmptyRect, unionRect, type Rect } from './rect';
import { newStrokeCursor, stampSegment, type BrushSample, type StrokeCursor } from './strokeSegment';
import { ByteSink } from './byteBuffers';
import { appendXorPart, applyXorRuns, encodeMaskValues, encodeXorParts, forEachPart } from './xorRuns';

export interface StrokeOptions {
  size: number;
  hardness: number;
  erase: boolean;
}

/** Called after every change with the rect to redraw and whether an undoable step was recorded. */
export type MaskChangeListener = (dirty: Rect, committed: boolean) => void;

/**
 * The mask's editing model: raster + undo history + the stroke in progress. DOM-free; the canvas session
 * listens to it to refresh the display. `shadow` mirrors the last committed state so a stroke's "before"
 * bytes are read from it at commit time — no full-bitmap copy at pointer-down, and no copy per undo step:
 * a step keeps only the run-coded XOR of the tiles it touched (MaskHistory).
 */
export class MaskDocument {
  readonly raster: MaskRaster;
  readonly history: MaskHistory<unknown>;
  private readonly shadow: Uint8Array;
  /** Tiles the current (or deferred) stroke touched. */
  private readonly tiles: DirtyTiles;
  private stroke: { cursor: StrokeCursor; opts: StrokeOptions; profile: Uint8Array; dirty: Rect } | null =
    null;
  /**
   * A finished stroke whose undo step is not captured yet (see `endStroke({ defer })`): its bounds, its
   * tiles, how many of them are coded (into `sink`, their shadow brought up to date) so far.
   */
  private pendingCommit: { bounds: Rect; tiles: Rect[]; next: number; sink: ByteSink } | null = null;
  /** End of the last committed stroke, for Shift+click straight lines. */
  private lastStrokeEnd: ImagePoint | null = null;
  private listeners = new Set<MaskChangeListener>();
  /** Counters for the benchmark's test hook. */
  strokeCount = 0;
  samplesConsumed = 0;

  constructor(width: number, height: number, history: MaskHistory<unknown> = new MaskHistory()) {
    this.raster = new MaskRaster(width, height);
    this.shadow = new Uint8Array(width * height);
    this.tiles = new DirtyTiles(width, height);
    this.history = history;
  }

  subscribe(fn: MaskChangeListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(dirty: Rect, committed: boolean): void {
    for (const fn of this.listeners) fn(dirty, committed);
  }

  get lastPoint(): ImagePoint | null {
    return this.lastStrokeEnd;
  }

  get isStroking(): boolean {
    return this.stroke !== null;
  }

  /** Starts a stroke; with `from` (Shift+click) the first segment runs from that point. */
  beginStroke(first: BrushSample, opts: StrokeOptions, from?: ImagePoint | null): void {
    if (this.stroke) this.endStroke();
    this.flushPending();
    const cursor = newStrokeCursor();
    const profile = brushProfile(opts.hardness);
    this.stroke = { cursor, opts, profile, dirty: { ...EMPTY_RECT } };
    // The dab at `from` belongs to this stroke too: its rect must reach the undo step and the display.
    if (from) {
      const dab = stampSegment(this.raster, cursor, { point: from, pressure: first.pressure }, this.brush());
      this.stroke.dirty = dab;
      this.tiles.mark(dab);
      if (!isEmptyRect(dab)) this.emit(dab, false);
    }
    this.strokeTo([first]);
  }

  private brush() {
    const s = this.stroke;
    if (!s) throw new Error('no stroke in progress');
    return { size: s.opts.size, profile: s.profile, erase: s.opts.erase };
  }

  /** Stamps every sample in order (all coalesced samples, none dropped). */
  strokeTo(samples: readonly BrushSample[]): void {
    const s = this.stroke;
    if (!s || samples.length === 0) return;
    const brush = this.brush();
    let dirty: Rect = { ...EMPTY_RECT };
    for (const sample of samples) {
      const r = stampSegment(this.raster, s.cursor, sample, brush);
      this.tiles.mark(r);
      dirty = unionRect(dirty, r);
    }
    this.samplesConsumed += samples.length;
    if (isEmptyRect(dirty)) return;
    s.dirty = unionRect(s.dirty, dirty);
    this.emit(dirty, false);
  }

  /**
   * Commits the stroke as one undo step holding only the tiles it touched. With `defer`, coding them waits
   * for `flushPending()` (the live canvas runs it after the next frame, in slices, keeping pointer-up
   * cheap); every other operation flushes first, so history order and contents are the same either way.
   */
  endStroke(opts?: { defer?: boolean }): void {
    const s = this.stroke;
    if (!s) return;
    this.stroke = null;
    this.lastStrokeEnd = s.cursor.last?.point ?? this.lastStrokeEnd;
    this.strokeCount++;
    if (opts?.defer && !isEmptyRect(s.dirty)) {
      this.pendingCommit = { bounds: s.dirty, tiles: this.tiles.take(), next: 0, sink: new ByteSink() };
    } else this.commit(this.tiles.take(), s.dirty);
  }

  /**
   * Captures a deferred stroke's undo step, if any. With `budgetMs`, stops once about that long has passed
   * and returns false while tiles remain: call again (the live canvas does, one slice per task, so coding
   * a long stroke on a 24-megapixel mask never holds a frame back). Without, it finishes. Nothing changes
   * the raster in between: every other operation calls this first.
   */
  flushPending(budgetMs = Infinity): boolean {
    const p = this.pendingCommit;
    if (!p) return true;
    const { data, width } = this.raster;
    const started = performance.now();
    while (p.next < p.tiles.length) {
      const tile = p.tiles[p.next++] as Rect;
      appendXorPart(p.sink, data, this.shadow, width, tile);
      copyRect(data, this.shadow, width, tile);
      if (p.next % 16 === 0 && performance.now() - started >= budgetMs) return false;
    }
    this.pendingCommit = null;
    if (p.sink.length > 0) this.history.push({ kind: 'xor', rect: p.bounds, parts: p.sink.take() });
    // The pixels were shown while the stroke was drawn: only the history changed.
    this.emit(EMPTY_RECT, true);
    return true;
  }

  /** Ends any stroke and captures any deferred step: the history is complete after this. */
  settle(): void {
    this.endStroke();
    this.flushPending();
  }

  /** Abandons the stroke in progress, restoring its pixels (pointercancel). */
  cancelStroke(): void {
    const s = this.stroke;
    if (!s) return;
    this.stroke = null;
    for (const r of this.tiles.take()) this.raster.writeRect(r, this.readShadow(r));
    if (!isEmptyRect(s.dirty)) this.emit(s.dirty, false);
  }

  fillLasso(points: readonly ImagePoint[], subtract: boolean): void {
    this.settle();
    const rect = fillPolygon(this.raster, points, subtract);
    this.commit([rect], rect);
  }

  invert(): void {
    this.settle();
    const rect = this.raster.invert();
    copyRect(this.raster.data, this.shadow, this.raster.width, rect);
    this.history.push({ kind: 'invert', rect });
    this.emit(rect, true);
  }

  /** Fill (255) or clear (0) the whole mask as one undo step. A no-op when nothing would change. */
  fillAll(value: 0 | 255): void {
    this.settle();
    const full = this.raster.fullRect();
    if (
      value === 0 ? this.raster.isEmpty() : this.raster.nonZeroCount === full.w * full.h && this.isAll(255)
    ) {
      return;
    }
    this.raster.fillAll(value);
    this.commit([full], full);
  }

  /**
   * Replaces every pixel with `values` (a loaded mask, raster-sized). One undo step; with
   * `record: false` (restoring a saved draft) the history restarts instead, so undo cannot un-restore.
   */
  replaceAll(values: Uint8Array, record = true): void {
    if (values.length !== this.raster.data.length) throw new RangeError('mask size does not match the image');
    this.settle();
    const full = this.raster.fullRect();
    this.raster.writeRect(full, values);
    if (record) {
      this.commit([full], full);
      return;
    }
    this.shadow.set(this.raster.data);
    this.history.clear();
    this.emit(full, true);
  }

  private isAll(value: number): boolean {
    return this.raster.data.every((v) => v === value);
  }

  /**
   * The committed mask, run-coded (a few bytes per span: kilobytes for a typical mask at any size), or
   * null when empty. What a document step keeps of the mask it replaces.
   */
  encode(): Uint8Array | null {
    this.settle();
    if (this.raster.isEmpty()) return null;
    return encodeMaskValues(this.raster.data, this.raster.width, this.raster.height);
  }

  /** Sets an empty document's mask from `encode()`'s output; not an undo step (the history is shared). */
  decode(code: Uint8Array): void {
    forEachPart(code, (rect, part) => {
      this.raster.applyXor(rect, part);
      applyXorRuns(part, this.shadow, this.raster.width, rect);
    });
    this.emit(this.raster.fullRect(), true);
  }

  undo(): void {
    this.settle();
    const r = this.history.undo(this.raster, this.shadow);
    if (r) this.emit(r, true);
  }

  redo(): void {
    this.settle();
    const r = this.history.redo(this.raster, this.shadow);
    if (r) this.emit(r, true);
  }

  private readShadow(r: Rect): Uint8Array {
    const out = new Uint8Array(r.w * r.h);
    for (let y = 0; y < r.h; y++) {
      const a = (r.y + y) * this.raster.width + r.x;
      out.set(this.shadow.subarray(a, a + r.w), y * r.w);
    }
    return out;
  }

  /**
   * Records what changed inside `rects` (against the shadow) as one undo step bounded by `bounds`, and
   * brings the shadow up to date. Nothing changed, no step: an eraser on an empty mask adds no undo.
   */
  private commit(rects: readonly Rect[], bounds: Rect): void {
    if (isEmptyRect(bounds)) return;
    const { data, width } = this.raster;
    const parts = encodeXorParts(data, this.shadow, width, rects);
    if (parts) {
      for (const r of rects) copyRect(data, this.shadow, width, r);
      this.history.push({ kind: 'xor', rect: bounds, parts });
    }
    this.emit(bounds, true);
  }
}
