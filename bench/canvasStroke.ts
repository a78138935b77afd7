/**
 * The pen stroke both canvas benchmark cases measure (bench/canvas.ts, bench/canvasLarge.ts): rAF frame
 * times (until 400 ms after the pen lifts), samples kept and pointer-up cost of one 2000-sample stroke
 * sent through the DevTools protocol.
 */
import type { CDPSession, Page } from '@playwright/test';
import { metric, type BenchMetric } from './types';

/** The slice of src/features/canvas/testHooks.ts this benchmark uses (that file is in the app's tsconfig). */
export interface BenchHooks {
  loadImage(file: Blob): Promise<{ width: number; height: number }>;
  strokeCount(): number;
  samplesConsumed(): number;
  drawStrokes(
    n: number,
    seed?: number,
    shape?: { segments?: number; stepPx?: number; minSize?: number; maxSize?: number },
  ): void;
  /** Undo steps held and their bytes (absent in builds before issue 11). */
  historyStats?(): { depth: number; bytes: number };
  timeMaskExport(): Promise<{ ms: number; bytes: number }>;
  timeFullExport(): Promise<{ ms: number }>;
}

/** The page's window as this file sees it (a cast, not a global declaration, so it never clashes with the app's). */
export type HookedWindow = { __gessoCanvas?: BenchHooks };

export interface StrokeResult {
  priorStrokes: number;
  frames: number;
  frameP50: number;
  frameP95: number;
  frameMax: number;
  framesOver33: number;
  samplesSent: number;
  samplesKept: number;
  pointerUpToFrameMs: number;
  /** Synchronous work of the pointer-up handlers (the part the canvas controls; the rest is vsync wait). */
  pointerUpHandlerMs: number;
  /** Main-thread tasks over 50 ms during the stroke (PerformanceObserver 'longtask'). */
  longTasks: number[];
  frameTimes: number[];
}

/** Pen samples per measured stroke. */
export const SAMPLES = 2000;
/** How long frames are still recorded after pointer-up (the deferred undo capture runs in it). */
const AFTER_UP_MS = 400;
/** Events per un-awaited burst: about what a 240 Hz pen delivers between two 60 Hz frames, doubled. */
const BURST = 8;

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
export const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Starts recording rAF timestamps and the pointer-up → next frame delay inside the page. A string, because
 * tsx's keepNames would inject a `__name` helper into a function body that does not exist in the page.
 */
const RECORDER = `(() => {
  const rec = { frames: [], on: true, upAt: 0, upHandled: -1, upToFrame: -1, longTasks: [] };
  window.__benchRec = rec;
  const tick = (t) => { if (!rec.on) return; rec.frames.push(t); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  try {
    const po = new PerformanceObserver((list) => { if (rec.on) for (const e of list.getEntries()) rec.longTasks.push(Math.round(e.duration)); });
    po.observe({ type: 'longtask' });
  } catch {}
  window.addEventListener('pointerup', () => {
    rec.upAt = performance.now();
    requestAnimationFrame(() => { rec.upToFrame = performance.now() - rec.upAt; });
  }, { capture: true, once: true });
  // Bubble phase on window: runs after the canvas's own pointerup handler, so this is its synchronous cost.
  window.addEventListener('pointerup', () => { rec.upHandled = performance.now() - rec.upAt; }, { once: true });
})()`;

interface Recording {
  frames: number[];
  on: boolean;
  upAt: number;
  upToFrame: number;
  upHandled: number;
  longTasks: number[];
}

async function startRecorder(page: Page): Promise<void> {
  await page.evaluate(RECORDER);
}

/**
 * One 2000-sample pen stroke through the DevTools protocol: a slow spiral across the stage's centre, every
 * sample moving 1–2 px, sent in un-awaited bursts. Measures the frames while it runs, the samples the canvas
 * kept and the pointer-up cost.
 */
export async function stroke(page: Page, cdp: CDPSession, priorStrokes: number): Promise<StrokeResult> {
  const box = await page.locator('[data-testid="canvas-stage"]').boundingBox();
  if (!box) throw new Error('canvas stage not visible');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const r = Math.min(box.width, box.height) * 0.35;
  // A slow spiral across the picture: every sample lands on the image and moves 1–2 px.
  const pts = Array.from({ length: SAMPLES + 1 }, (_, i) => {
    const a = (i / SAMPLES) * Math.PI * 6;
    const rr = r * (0.3 + (0.7 * i) / SAMPLES);
    return {
      x: cx + Math.cos(a) * rr,
      y: cy + Math.sin(a) * rr,
      force: 0.3 + 0.7 * Math.abs(Math.sin(i / 97)),
    };
  });
  const before = await page.evaluate(() =>
    (window as unknown as HookedWindow).__gessoCanvas!.samplesConsumed(),
  );
  await startRecorder(page);
  const base = { pointerType: 'pen' as const, button: 'left' as const };
  const p0 = pts[0]!;
  await cdp.send('Input.dispatchMouseEvent', {
    type: 'mousePressed',
    x: p0.x,
    y: p0.y,
    force: p0.force,
    clickCount: 1,
    buttons: 1,
    ...base,
  });
  for (let i = 1; i <= SAMPLES; i += BURST) {
    const burst: Promise<unknown>[] = [];
    for (let k = i; k < Math.min(i + BURST, SAMPLES + 1); k++) {
      const p = pts[k]!;
      burst.push(
        cdp.send('Input.dispatchMouseEvent', {
          type: 'mouseMoved',
          x: p.x,
          y: p.y,
          force: p.force,
          buttons: 1,
          ...base,
        }),
      );
    }
    await Promise.all(burst);
  }
  const pl = pts[SAMPLES]!;
  await cdp.send('Input.dispatchMouseEvent', {
    type: 'mouseReleased',
    x: pl.x,
    y: pl.y,
    force: 0,
    clickCount: 1,
    buttons: 0,
    ...base,
  });
  await page.waitForFunction(
    () => (window as unknown as { __benchRec: { upToFrame: number } }).__benchRec.upToFrame >= 0,
  );
  // Frames keep counting for a while after the pen lifts: the stroke's undo step is coded then.
  await page.waitForFunction(
    (ms) => performance.now() - (window as unknown as { __benchRec: Recording }).__benchRec.upAt >= ms,
    AFTER_UP_MS,
  );
  const rec = await page.evaluate(() => {
    const r = (window as unknown as { __benchRec: Recording }).__benchRec;
    r.on = false;
    return {
      frames: r.frames,
      upToFrame: r.upToFrame,
      upHandled: r.upHandled,
      longTasks: r.longTasks,
      kept: (window as unknown as HookedWindow).__gessoCanvas!.samplesConsumed(),
    };
  });
  const deltas = rec.frames.slice(1).map((t, i) => t - rec.frames[i]!);
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    priorStrokes,
    frames: deltas.length,
    frameP50: round(pct(sorted, 0.5)),
    frameP95: round(pct(sorted, 0.95)),
    frameMax: round(sorted[sorted.length - 1] ?? 0),
    framesOver33: deltas.filter((d) => d > 33).length,
    samplesSent: SAMPLES,
    samplesKept: rec.kept - before,
    pointerUpToFrameMs: round(rec.upToFrame),
    pointerUpHandlerMs: round(rec.upHandled),
    longTasks: rec.longTasks,
    frameTimes: deltas.map(round),
  };
}

/** A stroke's figures as table rows, each name suffixed with `label` (e.g. "@500 strokes"). */
export function strokeMetrics(s: StrokeResult, label: string): BenchMetric[] {
  return [
    metric(`frame time p95 ${label}`, 'ms', [s.frameP95]),
    metric(`frame time p50 ${label}`, 'ms', [s.frameP50]),
    metric(`frame time max ${label}`, 'ms', [s.frameMax]),
    metric(`frames over 33 ms ${label}`, 'frames', [s.framesOver33]),
    metric(`samples kept of ${SAMPLES} ${label}`, 'samples', [s.samplesKept]),
    metric(`pointer-up to next frame ${label}`, 'ms', [s.pointerUpToFrameMs]),
    metric(`pointer-up handler work ${label}`, 'ms', [s.pointerUpHandlerMs]),
  ];
}
