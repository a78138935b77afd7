import { exportCanvasInputs, encodeMask } from './io/exportCanvasInputs';
import { openImageUnchecked } from './io/loadInitImage';
import { loadMask } from './io/loadMask';
import { getSession } from './session/canvasSession';
import { drawnFrames, requestFrame } from './session/frameLoop';
import { pointerStats } from './session/PointerController';
import { useViewStore } from './store/useViewStore';
import { imagePoint } from './geometry/coords';

/**
 * `window.__gessoCanvas`, for e2e tests and `bench/canvas.ts` only: installed in dev builds or when the
 * URL has `?testhooks`. Read-mostly; `loadImage` and `drawStrokes` exist so the benchmark can set up
 * a 2048² picture with thousands of prior strokes without simulating them through the UI.
 */
export interface GessoCanvasTestHooks {
  /**
   * Opens `file` as the init image, bypassing the engine size check. A Blob, not a URL: the studio's
   * Content-Security-Policy refuses to fetch `data:` URLs.
   */
  loadImage(file: Blob): Promise<{ width: number; height: number }>;
  getView(): { scale: number; x: number; y: number };
  maskStats(): { width: number; height: number; nonZero: number; sum: number };
  /** Committed strokes since the image was opened. */
  strokeCount(): number;
  /** Coalesced pointer-move samples handed to a tool (the benchmark's "samples kept"). */
  samplesConsumed(): number;
  framesDrawn(): number;
  /**
   * Draws `n` pseudo-random committed strokes straight into the mask model (benchmark set-up). `shape`:
   * segments per stroke (20), the largest step of each (30 px) and the brush diameter range (8–48 px).
   */
  drawStrokes(n: number, seed?: number, shape?: StrokeShape): void;
  /** Undo steps held and the bytes they keep. */
  historyStats(): { depth: number; bytes: number };
  /** Milliseconds to encode the mask PNG, and its byte size. */
  timeMaskExport(): Promise<{ ms: number; bytes: number }>;
  /** Milliseconds for the whole exportCanvasInputs() (init PNG is encoded once, then cached). */
  timeFullExport(): Promise<{ ms: number }>;
  exportCanvasInputs: typeof exportCanvasInputs;
  /** The public `loadMask`, as the gallery's "Reuse all" calls it. */
  loadMask: typeof loadMask;
}

export interface StrokeShape {
  segments?: number;
  stepPx?: number;
  minSize?: number;
  maxSize?: number;
}

declare global {
  interface Window {
    __gessoCanvas?: GessoCanvasTestHooks;
  }
}

export function installTestHooks(): void {
  if (typeof window === 'undefined') return;
  if (!(import.meta.env.DEV || new URLSearchParams(location.search).has('testhooks'))) return;
  window.__gessoCanvas = {
    async loadImage(file) {
      await openImageUnchecked(file);
      const s = getSession();
      return { width: s?.image.width ?? 0, height: s?.image.height ?? 0 };
    },
    getView: () => ({ ...useViewStore.getState().view }),
    maskStats() {
      const r = getSession()?.doc.raster;
      if (!r) return { width: 0, height: 0, nonZero: 0, sum: 0 };
      let sum = 0;
      for (let i = 0; i < r.data.length; i++) sum += r.data[i] as number;
      return { width: r.width, height: r.height, nonZero: r.nonZeroCount, sum };
    },
    strokeCount: () => getSession()?.doc.strokeCount ?? 0,
    samplesConsumed: () => pointerStats.samples,
    framesDrawn: drawnFrames,
    drawStrokes(n, seed = 1, shape = {}) {
      const doc = getSession()?.doc;
      if (!doc) return;
      const { segments = 20, stepPx = 30, minSize = 8, maxSize = 48 } = shape;
      let s = seed;
      const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
      const { width, height } = doc.raster;
      for (let i = 0; i < n; i++) {
        let x = rnd() * width;
        let y = rnd() * height;
        doc.beginStroke(
          { point: imagePoint(x, y), pressure: 1 },
          { size: minSize + rnd() * (maxSize - minSize), hardness: rnd(), erase: rnd() < 0.2 },
        );
        for (let k = 0; k < segments; k++) {
          x += (rnd() - 0.5) * stepPx;
          y += (rnd() - 0.5) * stepPx;
          doc.strokeTo([{ point: imagePoint(x, y), pressure: 0.3 + rnd() * 0.7 }]);
        }
        doc.endStroke();
      }
      requestFrame();
    },
    historyStats() {
      const h = getSession()?.doc.history;
      return { depth: h?.undoDepth ?? 0, bytes: h?.storedBytes ?? 0 };
    },
    async timeMaskExport() {
      const s = getSession();
      if (!s) return { ms: 0, bytes: 0 };
      const t0 = performance.now();
      const blob = await encodeMask(s);
      return { ms: performance.now() - t0, bytes: blob.size };
    },
    async timeFullExport() {
      const t0 = performance.now();
      await exportCanvasInputs();
      return { ms: performance.now() - t0 };
    },
    exportCanvasInputs,
    loadMask,
  };
}
