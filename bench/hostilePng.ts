/**
 * Hostile-PNG benchmark: opens every file of the hostile corpus (src/lib/png/hostilePngs.ts: zip bombs,
 * 20 wrong-CRC bombs, a 50 MB iTXt, 100,001 chunks, 10,000-deep JSON…) and a clean control file through
 * "Open recipe" in the built studio in real Chromium, and reports per file:
 * - the longest main-thread task, from a Chromium trace: its wall time and its thread CPU time (on a
 *   loaded 2-core machine a 5 ms task can take 50 ms of wall time while descheduled; CPU time says what
 *   the task itself cost), plus what the page's PerformanceObserver('longtask') saw (tasks over 50 ms);
 * - the tab's memory growth: renderer processes' RSS (peak from VmHWM, reset before each open through
 *   /proc/PID/clear_refs, and what remains after), and the page's JS heap (CDP);
 * - the time from choosing the file to the notice.
 * Goal (issue 7): no file causes a main-thread task over 50 ms or tab growth over 100 MB. Measures; never
 * fails on it. Run alone with `npx tsx bench/hostilePng.ts [--root DIR]` (DIR: another checkout, to
 * measure its build).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { HOSTILE_PNGS, recipePng, type HostilePng } from '../src/lib/png/hostilePngs';
import { CHROMIUM_ARGS } from '../scripts/chromium';
import { runStandalone } from './runStandalone';
import { metric, type BenchContext, type BenchMetric, type BenchModule, type TraceEvent } from './types';

/** Opens per file, each on the same page after the first (the first also loads the reader on demand). */
const RUNS = 3;
const GOAL = { longestTaskMs: 50, tabGrowthMb: 100 };

const log = (line: string) => console.error(`  hostile-png bench: ${line}`);
const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Starts the page's long-task observer. A string, not a function: tsx's keepNames would put a `__name`
 * helper into a function body, and the page has none.
 */
const RECORDER = `(() => {
  const rec = { tasks: [] };
  window.__hostileRec = rec;
  rec.observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) rec.tasks.push(e.duration); });
  rec.observer.observe({ type: 'longtask' });
})()`;

interface Recording {
  tasks: number[];
  observer: PerformanceObserver;
}

/** Trace categories: every task of every thread (`RunTask`, with thread CPU time), script and GC inside. */
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'];

interface LongestTask {
  wallMs: number;
  cpuMs: number;
  /** Events inside it over 2 ms, in order, as "name wall/CPU ms": what the task was doing. */
  inside: string[];
}

/** The longest task on the page's main thread in a trace: wall and thread CPU time, and what it ran. */
function longestMainThreadTask(trace: Buffer): LongestTask {
  const { traceEvents } = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] };
  const pagePid = traceEvents
    .find((e) => e.name === 'TracingStartedInBrowser')
    ?.args?.data?.frames?.find((f) => !f.parent)?.processId;
  const main = new Set(
    traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .filter((e) => pagePid === undefined || e.pid === pagePid)
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = traceEvents.filter((e) => main.has(`${e.pid}:${e.tid}`) && e.dur !== undefined);
  const task = onMain
    .filter((e) => e.name === 'RunTask')
    .reduce<TraceEvent | undefined>((a, e) => (a && a.dur! >= e.dur! ? a : e), undefined);
  if (!task) return { wallMs: 0, cpuMs: 0, inside: [] };
  const inside = onMain
    .filter((e) => e !== task && e.ts >= task.ts && e.ts <= task.ts + task.dur! && e.dur! > 2000)
    .filter((e) => !['ThreadControllerImpl::RunTask', 'RunTask'].includes(e.name))
    .slice(0, 12)
    .map((e) => `${e.name} ${round(e.dur! / 1000)}/${round((e.tdur ?? 0) / 1000)}`);
  return { wallMs: round(task.dur! / 1000), cpuMs: round((task.tdur ?? 0) / 1000), inside };
}

/** The renderer processes' ids: every tab's content, workers included, runs in one of them. */
async function rendererPids(browserCdp: CDPSession): Promise<number[]> {
  const { processInfo } = (await browserCdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
}

/** VmRSS and VmHWM (peak since the last reset) in kB, summed over `pids`. */
function rss(pids: number[]): { now: number; peak: number } {
  let now = 0;
  let peak = 0;
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      now += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      peak += Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    } catch {
      // Gone (a spare renderer exiting).
    }
  }
  return { now, peak };
}

/** Resets each process's peak RSS to its current RSS (Linux: "5" to clear_refs). */
function resetPeaks(pids: number[]): boolean {
  let ok = true;
  for (const pid of pids) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
    } catch {
      ok = false;
    }
  }
  return ok;
}

interface OpenResult {
  notice: string;
  toNoticeMs: number;
  /** The longest main-thread task in the trace: wall time, and the CPU time its thread spent on it. */
  longestTaskMs: number;
  longestTaskCpuMs: number;
  longestTaskInside: string[];
  /** What PerformanceObserver('longtask') reported (tasks over 50 ms). */
  longTasksMs: number[];
  rendererPeakGrowthMb: number;
  rendererGrowthAfterMb: number;
  jsHeapGrowthMb: number;
}

async function openOnce(
  browser: Browser,
  page: Page,
  browserCdp: CDPSession,
  path: string,
): Promise<OpenResult> {
  const pageCdp = await page.context().newCDPSession(page);
  const notice = page.getByRole('status', { name: 'Recipe import' });
  if (await notice.isVisible()) {
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'hidden' });
  }
  await pageCdp.send('HeapProfiler.collectGarbage');
  const heapBefore = ((await pageCdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  const pids = await rendererPids(browserCdp);
  const before = rss(pids);
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open recipe', exact: true }).click();
  const chooser = await chooserPromise;
  await page.evaluate(RECORDER);
  if (!resetPeaks(pids)) log('could not reset peak RSS; the peak includes earlier runs');
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const started = Date.now();
  await chooser.setFiles(path);
  await page.waitForFunction(
    () => {
      const el = document.querySelector('[role="status"][aria-label="Recipe import"] p');
      return el?.textContent && !el.textContent.startsWith('Reading the recipe');
    },
    null,
    { timeout: 120_000, polling: 20 },
  );
  const toNoticeMs = Date.now() - started;
  // Let trailing work (React commit, the worker's teardown, GC) show up in the recording.
  await page.waitForTimeout(500);
  const task = longestMainThreadTask(await browser.stopTracing());
  const rec = await page.evaluate(() => {
    const r = (window as unknown as { __hostileRec: Recording }).__hostileRec;
    r.observer.disconnect();
    return { tasks: r.tasks };
  });
  const after = rss(await rendererPids(browserCdp));
  const heapAfter = ((await pageCdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  await pageCdp.detach();
  return {
    notice: (await notice.locator('p').textContent()) ?? '',
    toNoticeMs,
    longestTaskMs: task.wallMs,
    longestTaskCpuMs: task.cpuMs,
    longestTaskInside: task.inside,
    longTasksMs: rec.tasks.map(round),
    rendererPeakGrowthMb: mb(Math.max(after.peak, after.now) - before.now),
    rendererGrowthAfterMb: mb(after.now - before.now),
    jsHeapGrowthMb: round((heapAfter - heapBefore) / 1024 / 1024),
  };
}

async function benchFile(browser: Browser, baseUrl: string, path: string): Promise<OpenResult[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    await page.goto(baseUrl);
    await page.getByRole('textbox', { name: 'Prompt 1', exact: true }).waitFor();
    const browserCdp = await browser.newBrowserCDPSession();
    const runs: OpenResult[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await openOnce(browser, page, browserCdp, path));
    await browserCdp.detach();
    return runs;
  } finally {
    await context.close();
  }
}

/** A clean recipe PNG measured the same way: what any import costs on this machine, under its load. */
const CONTROL: HostilePng = { name: 'control', about: 'a clean PNG with a recipe', build: recipePng };

export async function runHostilePngBench(
  context: BenchContext,
): Promise<{ metrics: BenchMetric[]; details: unknown }> {
  if (!context.chromiumPath) throw new Error('no Chromium found for the hostile-PNG benchmark');
  const dir = mkdtempSync(join(tmpdir(), 'gesso-hostile-png-'));
  const browser = await chromium.launch({ executablePath: context.chromiumPath, args: [...CHROMIUM_ARGS] });
  try {
    const files: { name: string; about: string; bytes: number; runs: OpenResult[] }[] = [];
    for (const hostile of [CONTROL, ...HOSTILE_PNGS]) {
      const path = join(dir, `${hostile.name}.png`);
      const bytes = hostile.build();
      writeFileSync(path, bytes);
      log(`${hostile.name} (${(bytes.length / 1e6).toFixed(1)} MB)`);
      const runs = await benchFile(browser, context.baseUrl, path);
      rmSync(path);
      const worst = (f: (r: OpenResult) => number) => Math.max(...runs.map(f));
      log(
        `  longest task ${worst((r) => r.longestTaskMs)} ms (CPU ${worst((r) => r.longestTaskCpuMs)} ms), ` +
          `peak growth ${worst((r) => r.rendererPeakGrowthMb)} MB — "${runs[0]!.notice}"`,
      );
      files.push({ name: hostile.name, about: hostile.about, bytes: bytes.length, runs });
    }
    const hostile = files.filter((f) => f.name !== CONTROL.name);
    const all = (f: (r: OpenResult) => number) => hostile.flatMap((h) => h.runs.map(f));
    const metrics = [
      ...files.flatMap((f) => [
        metric(
          `${f.name}: longest main-thread task`,
          'ms',
          f.runs.map((r) => r.longestTaskMs),
        ),
        metric(
          `${f.name}: its thread CPU time`,
          'ms',
          f.runs.map((r) => r.longestTaskCpuMs),
        ),
        metric(
          `${f.name}: tab (renderer RSS) peak growth`,
          'MB',
          f.runs.map((r) => r.rendererPeakGrowthMb),
        ),
      ]),
      metric(
        'hostile files: longest main-thread task',
        'ms',
        all((r) => r.longestTaskMs),
      ),
      metric(
        'hostile files: its thread CPU time',
        'ms',
        all((r) => r.longestTaskCpuMs),
      ),
      metric(
        'hostile files: longtask observer max (0 = none)',
        'ms',
        all((r) => Math.max(0, ...r.longTasksMs)),
      ),
      metric(
        'hostile files: tab (renderer RSS) peak growth',
        'MB',
        all((r) => r.rendererPeakGrowthMb),
      ),
    ];
    return { metrics, details: { runsPerFile: RUNS, goal: GOAL, files } };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** For bench/run.ts's registry. */
export const hostilePngBench: BenchModule = { name: 'hostile-png', run: runHostilePngBench };

// `npx tsx bench/hostilePng.ts [--root DIR]`: build and serve DIR (default this checkout), run, print.
await runStandalone(import.meta.url, runHostilePngBench);
