/**
 * The page bench/pixels.ts drives in Chromium: paste-back of a 6000×4000 picture through the paste-back
 * worker (createPasteBack, built by Vite exactly as the studio builds it), feather previews, and what the
 * main thread went through meanwhile. Exposes `window.__pixelsBench.run()`, which resolves to a PageResult.
 */
import { v1Info } from '../../src/lib/api/backends/v1/info';
import {
  createPasteBack,
  maskBounds,
  PasteBackSession,
  planMaskedRegion,
  sendRuleForBackend,
  type GreyImage,
  type MaskedRegionPlan,
  type PreviewRequest,
  type Rect,
} from '../../src/lib/pixels';
import { WINDOW_END, WINDOW_START } from './marks';

const W = 6000;
const H = 4000;
/** Paste-backs per case: the first one also starts the worker's JIT (cold). */
const RUNS = 5;
/** Feather values dragged through per preview view, each a new feather (nothing cached). */
const FEATHER_FRAMES = 24;

export interface CaseResult {
  name: string;
  region: Rect;
  sendSize: { width: number; height: number };
  /** load (picture, mask, answer transferred), answered with the patch at feather 0 by the worker. */
  pasteBackMs: number[];
  /** The whole kept 6000×4000 composite, after the load. */
  compositeMs: number[];
  /** A full-resolution patch at a feather not seen before (the slider released). */
  newFeatherPatchMs: number[];
  /** Feather drag: a 1500×1000 view of the whole picture, each frame a new feather. */
  previewFitMs: number[];
  /** Feather drag at 1:1 (1600×1000 around the mask's corner) with the seam shown. */
  previewZoomMs: number[];
  /** The same core in this thread (`new PasteBackSession` + patch): the fallback without Worker. */
  coreInThreadMs: number[];
  /** Main-thread tasks over 50 ms (PerformanceObserver 'longtask') during the worker calls. */
  longTasksMs: number[];
  /** The longest gap between two animation frames during the worker calls. */
  maxFrameGapMs: number;
  /** Every message sent to the worker, in order (bench/pixels.ts pairs them with the trace's tasks). */
  calls: WorkerCall[];
}

/** What each message to the paste-back worker was, as the bench reports it. */
export type WorkerCall = 'load' | 'composite' | 'new-feather' | 'preview-fit' | 'preview-zoom';

export interface PageResult {
  cases: CaseResult[];
  /** The longest frame gap over 2 s of doing nothing: what this machine's load alone costs. */
  idleMaxFrameGapMs: number;
  hardwareConcurrency: number;
}

/** Seeded noise (xorshift32), four bytes a step: a photo's worth of detail that never compresses. */
function noise(bytes: number, seed: number): Uint8ClampedArray<ArrayBuffer> {
  const words = new Uint32Array(bytes / 4);
  let s = seed | 1;
  for (let i = 0; i < words.length; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    words[i] = s;
  }
  return new Uint8ClampedArray(words.buffer);
}

/** The reference: a 200×200 square in the middle. */
function squareMask(): GreyImage {
  const data = new Uint8Array(W * H);
  for (let y = 1900; y < 2100; y++) data.fill(255, y * W + 2900, y * W + 3100);
  return { width: W, height: H, data };
}

/** A large mask: a 3000×1500 ellipse, larger than SDXL takes, so the answer comes back enlarged ~2.3×. */
function ellipseMask(): GreyImage {
  const data = new Uint8Array(W * H);
  for (let y = 500; y < 2000; y++) {
    const t = (y + 0.5 - 1250) / 750;
    const half = Math.round(1500 * Math.sqrt(Math.max(0, 1 - t * t)));
    data.fill(255, y * W + 2000 - half, y * W + 2000 + half);
  }
  return { width: W, height: H, data };
}

// What the main thread goes through: every animation frame and every long task, kept with their times.
const frameTimes: number[] = [];
const tick = (t: number) => {
  frameTimes.push(t);
  requestAnimationFrame(tick);
};
requestAnimationFrame(tick);
const longTasks: Array<{ start: number; duration: number }> = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The longest frame gap overlapping any window, and the long tasks that started in one. */
function mainThreadDuring(windows: Array<[number, number]>): { maxGap: number; tasks: number[] } {
  const inWindow = (a: number, b: number) => windows.some(([s, e]) => a < e && b > s);
  let maxGap = 0;
  for (let i = 1; i < frameTimes.length; i++) {
    if (inWindow(frameTimes[i - 1]!, frameTimes[i]!))
      maxGap = Math.max(maxGap, frameTimes[i]! - frameTimes[i - 1]!);
  }
  const tasks = longTasks.filter((t) => inWindow(t.start, t.start + t.duration)).map((t) => t.duration);
  return { maxGap, tasks };
}

async function runCase(
  name: string,
  original: Uint8ClampedArray<ArrayBuffer>,
  mask: GreyImage,
  plan: MaskedRegionPlan,
): Promise<CaseResult> {
  const { region, sendSize } = plan;
  const answer = noise(sendSize.width * sendSize.height * 4, 11);
  const box = maskBounds(mask)!;
  const windows: Array<[number, number]> = [];
  const measured = async <T>(f: () => Promise<T>, into: number[]): Promise<T> => {
    // Marks in the trace: bench/pixels.ts reads the main thread's tasks between them.
    console.timeStamp(WINDOW_START);
    const start = performance.now();
    const value = await f();
    const end = performance.now();
    console.timeStamp(WINDOW_END);
    windows.push([start, end]);
    into.push(end - start);
    return value;
  };
  const result: CaseResult = {
    name,
    region,
    sendSize,
    pasteBackMs: [],
    compositeMs: [],
    newFeatherPatchMs: [],
    previewFitMs: [],
    previewZoomMs: [],
    coreInThreadMs: [],
    longTasksMs: [],
    maxFrameGapMs: 0,
    calls: [],
  };
  const call = <T>(what: WorkerCall, send: () => Promise<T>): Promise<T> => {
    result.calls.push(what);
    return send();
  };
  const pasteBack = createPasteBack();
  for (let run = 0; run < RUNS; run++) {
    // Copies made before the clock starts, in a task of their own (a worker's answer resumes this
    // function inside its message task): `transfer` hands these buffers to the worker.
    await frames(2);
    const input = {
      original: { width: W, height: H, data: original.slice() },
      mask: { width: W, height: H, data: mask.data.slice() },
      region,
      answer: { ...sendSize, data: answer.slice() },
    };
    await frames(3);
    await measured(() => call('load', () => pasteBack.load(input, { transfer: true })), result.pasteBackMs);
    const kept = await measured(() => call('composite', () => pasteBack.composite(0)), result.compositeMs);
    if (kept.width !== W || kept.height !== H) throw new Error(`composite is ${kept.width}×${kept.height}`);
    await measured(() => call('new-feather', () => pasteBack.patch(8 + run)), result.newFeatherPatchMs);
  }
  const fit: PreviewRequest = {
    view: { x: 0, y: 0, width: W, height: H },
    width: 1500,
    height: 1000,
    feather: 0,
  };
  const zoom: PreviewRequest = {
    view: { x: box.x - 800, y: box.y - 500, width: 1600, height: 1000 },
    width: 1600,
    height: 1000,
    feather: 0,
    showSeam: true,
  };
  for (let f = 1; f <= FEATHER_FRAMES; f++) {
    await measured(
      () => call('preview-fit', () => pasteBack.preview({ ...fit, feather: f })),
      result.previewFitMs,
    );
  }
  for (let f = 1; f <= FEATHER_FRAMES; f++) {
    await measured(
      () => call('preview-zoom', () => pasteBack.preview({ ...zoom, feather: f })),
      result.previewZoomMs,
    );
  }
  pasteBack.dispose();
  await sleep(200); // long-task entries arrive after their task
  const during = mainThreadDuring(windows);
  result.longTasksMs = during.tasks;
  result.maxFrameGapMs = during.maxGap;
  // The in-thread fallback, outside every window: it blocks this thread by design.
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    new PasteBackSession({
      original: { width: W, height: H, data: original },
      mask,
      region,
      answer: { ...sendSize, data: answer },
    }).patch(0);
    result.coreInThreadMs.push(performance.now() - start);
  }
  return result;
}

async function run(): Promise<PageResult> {
  const idleStart = performance.now();
  await sleep(2000);
  const idle = mainThreadDuring([[idleStart, performance.now()]]);
  const original = noise(W * H * 4, 7);
  const rule = sendRuleForBackend(v1Info, 'stable-diffusion-xl-1024-v1-0');
  if (!rule) throw new Error('v1 has no size rule for SDXL inpainting');
  const cases: CaseResult[] = [];
  for (const [name, mask] of [
    ['200×200 mask', squareMask()],
    ['3000×1500 ellipse', ellipseMask()],
  ] as const) {
    const plan = planMaskedRegion({
      imageSize: { width: W, height: H },
      maskBounds: maskBounds(mask)!,
      margin: 64,
      size: rule,
    });
    cases.push(await runCase(name, original, mask, plan));
  }
  return { cases, idleMaxFrameGapMs: idle.maxGap, hardwareConcurrency: navigator.hardwareConcurrency };
}

(window as unknown as { __pixelsBench: { run: () => Promise<PageResult> } }).__pixelsBench = { run };
