/**
 * Pixels benchmark (issue 11): paste-back of a 6000×4000 picture in real Chromium, through the paste-back
 * worker as Vite builds it (bench/pixelsPage, built and served here on its own: the studio does not use
 * the worker yet). Two masks: the 200×200 square and a 3000×1500 ellipse (answer enlarged ~2.3×).
 * Reports per mask: the paste-back (load, answered with the patch), the whole kept composite, a
 * full-resolution patch at a new feather, feather-drag previews (fit and 1:1 with seam), the same core
 * in-thread, and the main thread meanwhile (long tasks, longest frame gap; the idle gap as the machine's
 * own baseline). A Chromium trace adds, per call, the worker's CPU time and the main thread's longest task meanwhile:
 * on a loaded machine wall times include time spent descheduled, CPU times say what the work itself cost.
 * Goals: paste-back ≤ 150 ms, a feather preview frame ≤ 50 ms, the main thread never blocked > 100 ms.
 * Measures; never fails on a time. Alone: `npx tsx bench/pixels.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findInstalledChromium } from '../scripts/chromium';
import type { CaseResult, PageResult, WorkerCall } from './pixelsPage/main';
import { WINDOW_END, WINDOW_START } from './pixelsPage/marks';
import { metric, type BenchContext, type BenchMetric, type BenchModule, type TraceEvent } from './types';

const PAGE_ROOT = fileURLToPath(new URL('./pixelsPage', import.meta.url));
const log = (line: string) => console.error(`  pixels bench: ${line}`);

/** Per case, per kind of call: the worker's CPU time, and the main thread's longest task meanwhile (ms). */
export type TraceFigures = Array<
  Partial<Record<WorkerCall, { workerCpu: number[]; mainWall: number[]; mainCpu: number[] }>>
>;

const threadKey = (e: TraceEvent) => `${e.pid}:${e.tid}`;

/**
 * Reads a Chromium trace against the calls the page says it made, in order. Each call is one message task
 * in the worker: its thread CPU time (`tdur`) is what the work cost, however busy the machine (wall times
 * on a loaded 2-core machine include time spent descheduled). Between the page's marks around the call,
 * the longest task of the page's main thread (wall and CPU) says how long the main thread was held up
 * while compositing, whatever held it (the answer's message, a GC…). Null when they do not pair up.
 */
export function traceFigures(trace: Buffer, cases: readonly CaseResult[]): TraceFigures | null {
  const { traceEvents } = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] };
  const workers = new Set(
    traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'DedicatedWorker thread')
      .map(threadKey),
  );
  const worker = traceEvents
    .filter((e) => e.name === 'HandlePostMessage' && workers.has(threadKey(e)) && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const marks = traceEvents
    .filter((e) => e.name === 'TimeStamp' && [WINDOW_START, WINDOW_END].includes(e.args?.data?.message ?? ''))
    .sort((a, b) => a.ts - b.ts);
  const main = marks[0] ? threadKey(marks[0]) : '';
  // Every task of the main thread (the scheduler's name for it under the 'toplevel' category).
  const mainTasks = traceEvents.filter(
    (e) => e.name === 'ThreadControllerImpl::RunTask' && threadKey(e) === main && e.dur,
  );
  const calls = cases.flatMap((c, i) => c.calls.map((what) => ({ i, what })));
  if (worker.length !== calls.length || marks.length !== 2 * calls.length) {
    log(`${worker.length} worker tasks, ${marks.length} marks for ${calls.length} calls: no trace figures`);
    return null;
  }
  const out: TraceFigures = cases.map(() => ({}));
  calls.forEach(({ i, what }, k) => {
    const from = marks[2 * k]!.ts;
    const to = marks[2 * k + 1]!.ts;
    const during = mainTasks.filter((t) => t.ts < to && t.ts + t.dur! > from);
    const kind = (out[i]![what] ??= { workerCpu: [], mainWall: [], mainCpu: [] });
    kind.workerCpu.push(worker[k]!.tdur! / 1000);
    kind.mainWall.push(Math.max(0, ...during.map((t) => t.dur! / 1000)));
    kind.mainCpu.push(Math.max(0, ...during.map((t) => (t.tdur ?? 0) / 1000)));
  });
  return out;
}

/** Builds the page (the worker bundled by Vite as in the studio), serves it, and runs it in Chromium. */
export async function runPixelsBench(
  chromiumPath: string,
): Promise<{ result: PageResult; trace: TraceFigures | null }> {
  const outDir = mkdtempSync(join(tmpdir(), 'gesso-pixels-bench-'));
  try {
    await build({
      root: PAGE_ROOT,
      configFile: false,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
    const server = await preview({
      root: PAGE_ROOT,
      configFile: false,
      logLevel: 'warn',
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1', open: false },
    });
    const browser = await chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS] });
    try {
      const address = server.httpServer.address();
      if (typeof address !== 'object' || address === null)
        throw new Error('the bench page server has no port');
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      page.on('pageerror', (error) => log(`page error: ${error.message}`));
      await page.goto(`http://127.0.0.1:${address.port}/`);
      await page.waitForFunction('window.__pixelsBench !== undefined');
      log('running (two masks, about a minute on 2 cores)…');
      await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
      // A string: tsx's keepNames would put a `__name` helper the page lacks into a function body.
      const result = (await page.evaluate('window.__pixelsBench.run()')) as PageResult;
      return { result, trace: traceFigures(await browser.stopTracing(), result.cases) };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function caseMetrics(c: CaseResult, trace: TraceFigures[number] | undefined): BenchMetric[] {
  const m = (what: string, unit: string, samples: number[]) => metric(`${c.name}: ${what}`, unit, samples);
  const traced: BenchMetric[] = [];
  if (trace?.load) {
    const all = Object.values(trace);
    traced.push(
      m('worker CPU: paste-back (load → patch)', 'ms', trace.load.workerCpu),
      m('worker CPU: whole composite', 'ms', trace.composite?.workerCpu ?? []),
      m('worker CPU: preview frame, fit', 'ms', trace['preview-fit']?.workerCpu ?? []),
      m('worker CPU: preview frame, 1:1 + seam', 'ms', trace['preview-zoom']?.workerCpu ?? []),
      m('main thread: longest task meanwhile (wall)', 'ms', [Math.max(...all.flatMap((k) => k.mainWall))]),
      m('main thread: longest task meanwhile (CPU)', 'ms', [Math.max(...all.flatMap((k) => k.mainCpu))]),
    );
  }
  return [
    m('paste-back (worker load → patch)', 'ms', c.pasteBackMs),
    m('whole 6000×4000 composite', 'ms', c.compositeMs),
    m('full-res patch, new feather', 'ms', c.newFeatherPatchMs),
    m('feather preview frame, fit 1500×1000', 'ms', c.previewFitMs),
    m('feather preview frame, 1:1 + seam', 'ms', c.previewZoomMs),
    m('core in-thread (no worker)', 'ms', c.coreInThreadMs),
    m('main thread: longest task > 50 ms', 'ms', [Math.max(0, ...c.longTasksMs)]),
    m('main thread: longest frame gap', 'ms', [c.maxFrameGapMs]),
    ...traced,
  ];
}

export const pixelsBench: BenchModule = {
  name: 'pixels',
  async run(context: BenchContext) {
    if (!context.chromiumPath) throw new Error('no Chromium found for the pixels benchmark');
    const loadBefore = loadavg();
    const { result, trace } = await runPixelsBench(context.chromiumPath);
    const metrics = [
      ...result.cases.flatMap((c, i) => caseMetrics(c, trace?.[i])),
      metric('idle: longest frame gap (machine baseline)', 'ms', [result.idleMaxFrameGapMs]),
    ];
    return {
      metrics,
      details: { ...result, trace, loadAverage: { before: loadBefore, after: loadavg() } },
    };
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const chromiumPath = findInstalledChromium();
  if (!chromiumPath) throw new Error('no Chromium found');
  const { metrics, details } = await pixelsBench.run({ baseUrl: '', chromiumPath });
  for (const x of metrics) console.log(`${x.name.padEnd(64)} ${x.median} ${x.unit} (${x.min}–${x.max})`);
  console.log(JSON.stringify((details as { loadAverage: unknown }).loadAverage));
}
