/**
 * Gallery benchmark, run at several gallery sizes (5,000 and 50,000 stored results by default) in real
 * Chromium. At each size: the time until the grid shows its first thumbnail after a reload, the time a
 * prompt filter takes to list its first matches and to count them all, frame times and DOM size while
 * wheeling down the list, and browser RSS (all Chromium processes, /proc VmRSS) after opening the viewer and
 * stepping through 500 results. Seeds IndexedDB directly in the page (the gallery's schema, see
 * src/features/gallery/db/schema.ts, byte counters included). Measures; never fails on a time.
 * Run alone with `npx tsx bench/gallery.ts [RESULTS…]` (e.g. `… 50000`), or through `npm run bench`, which
 * takes the sizes from GESSO_BENCH_GALLERY_SIZES (comma-separated; default 5000,50000).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { metric, type BenchContext, type BenchMetric, type BenchModule } from './types';
import { CHROMIUM_ARGS, findInstalledChromium } from '../scripts/chromium';

/** The sizes `npm run bench` measures: the two figures (273 ms and 1.6 s before paging). */
export const DEFAULT_GALLERY_SIZES = [5_000, 50_000];
/** Wheel steps at most: at 50,000 results the list is taller than any user scrolls in one go. */
const MAX_WHEEL_STEPS = 3000;
const VIEWER_STEPS = 500;
const WHEEL_PX = 600;
/** An inert switch that marks this benchmark's browser process, so RSS counts its process tree only. */
const BENCH_FLAG = `--gesso-gallery-bench=${process.pid}`;

/** The pid of this benchmark's Chromium browser process (found by its marker switch). */
function benchBrowserPid(): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (cmd.includes(BENCH_FLAG) && !cmd.some((a) => a.startsWith('--type='))) return Number(entry);
    } catch {
      // Gone already.
    }
  }
  return undefined;
}

/** Progress on stderr: the run takes minutes. */
const log = (stage: string) => console.error(`  gallery bench: ${stage}`);

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const round = (n: number) => Math.round(n * 100) / 100;

/** VmRSS (kB) of the process tree, by Chromium process type (browser, renderer, gpu-process, utility…). */
function rssByType(rootPid: number): Record<string, number> {
  const out: Record<string, number> = {};
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // Gone.
    }
  }
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      // Chromium rewrites its children's command lines into one space-separated string.
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      const type = /--type=(\S+)/.exec(cmd)?.[1] ?? 'browser';
      out[type] = (out[type] ?? 0) + Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Sum of VmRSS (kB) over the process and all its descendants. */
function treeRssKb(rootPid: number): number {
  return Object.values(rssByType(rootPid)).reduce((sum, kb) => sum + kb, 0);
}

/** Writes `count` results (512² PNG, 64² thumbnail, recipe) into the gallery database, 250 per transaction. */
export async function seedResults(page: Page, count: number): Promise<number> {
  return page.evaluate(async (n) => {
    const started = performance.now();
    const encode = async (size: number, hue: number) => {
      const c = new OffscreenCanvas(size, size);
      const ctx = c.getContext('2d')!;
      // Flat shapes, not a gradient: small files (like a real gallery's few hundred kB, not megabytes of
      // dithered noise), while every picture still decodes to a full 512² bitmap in the viewer.
      ctx.fillStyle = `hsl(${hue} 60% 30%)`;
      ctx.fillRect(0, 0, size, size);
      ctx.fillStyle = `hsl(${(hue + 90) % 360} 70% 60%)`;
      ctx.beginPath();
      ctx.arc(size / 2, size / 2, size / 3, 0, Math.PI * 2);
      ctx.fill();
      return c.convertToBlob({ type: 'image/png' });
    };
    const variants = await Promise.all(
      Array.from({ length: 24 }, async (_, i) => ({
        png: await encode(512, i * 15),
        thumb: await encode(64, i * 15),
      })),
    );
    console.log(`encoded: PNG ${variants[0]!.png.size} B, thumbnail ${variants[0]!.thumb.size} B`);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('gesso-gallery');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const base = Date.now() - n * 1000;
    const sumOf = (count: number, size: (i: number) => number) => {
      let total = 0;
      for (let i = 0; i < count; i++) total += size(i);
      return total;
    };
    const pngBytes = (count: number) => sumOf(count, (i) => variants[i % variants.length]!.png.size);
    const thumbBytes = (count: number) => sumOf(count, (i) => variants[i % variants.length]!.thumb.size);
    for (let start = 0; start < n; start += 250) {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['results', 'pngs', 'thumbs', 'meta'], 'readwrite');
        for (let i = start; i < Math.min(n, start + 250); i++) {
          const v = variants[i % variants.length]!;
          const id = `bench-${i}`;
          const seed = 1_000_000 + i;
          const run = Math.floor(i / 4);
          tx.objectStore('pngs').put({ id, blob: v.png });
          tx.objectStore('thumbs').put({ id, blob: v.thumb });
          tx.objectStore('results').put({
            id,
            createdAt: base + i * 1000,
            seq: i + 1,
            runId: i % 40 < 8 ? `bench-run-${run}` : undefined,
            runLabel: i % 40 < 8 ? 'Seed sweep ×4' : undefined,
            favourite: i % 17 === 0,
            // Today's record shape (schema v3): a backend-neutral recipe.
            recipe: {
              backend: 'v1alpha',
              mode: 'text-to-image',
              engineId: 'stable-diffusion-v1-5',
              params: {
                prompts: [{ text: `bench prompt ${i % 97} a lighthouse at dusk`, weight: 1 }],
                cfgScale: 7,
                steps: 30,
                seed,
                width: 512,
                height: 512,
                samples: 1,
              },
              createdAt: base + i * 1000,
              seed,
              finishReason: 'SUCCESS',
            },
            pngSize: v.png.size,
            pngType: 'image/png',
            thumbSize: v.thumb.size,
            inputHashes: [],
          });
        }
        tx.objectStore('meta').put({ key: 'seq', value: n });
        // The counters the gallery keeps beside `seq` (schema v2): its count and usage figure read them.
        const done = Math.min(n, start + 250);
        tx.objectStore('meta').put({ key: 'pngBytes', value: pngBytes(done) });
        tx.objectStore('meta').put({ key: 'thumbBytes', value: thumbBytes(done) });
        tx.objectStore('meta').put({ key: 'resultCount', value: done });
        tx.oncomplete = () => {
          if ((start + 250) % 5000 === 0) console.log(`seeded ${Math.min(n, start + 250)}`);
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      });
    }
    db.close();
    return performance.now() - started;
  }, count);
}

/** Navigation start → first gallery thumbnail decoded and painted (recorded by an init script). */
const PAINT_PROBE = () => {
  const w = window as unknown as { __galleryPaint?: number; __galleryListed?: number };
  const check = () => {
    const img = document.querySelector<HTMLImageElement>('[aria-label="Gallery"] img[alt^="Result, seed"]');
    if (img && w.__galleryListed === undefined) w.__galleryListed = performance.now();
    if (img && img.complete && img.naturalWidth > 0) {
      requestAnimationFrame(() => (w.__galleryPaint = performance.now()));
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

/**
 * Types a prompt filter that matches one result in 97 and times, from the keystroke, the first matching
 * card and the header's "N of M" (the count scans every record). Includes the filter's typing pause.
 * Clears the filter again and waits for the unfiltered list.
 */
async function measureFilter(page: Page, results: number): Promise<{ listedMs: number; countedMs: number }> {
  const search = page.getByRole('searchbox', { name: 'Filter results' });
  await page.evaluate(() => {
    const w = window as unknown as { __filter: { start: number; listed?: number; counted?: number } };
    w.__filter = { start: performance.now() };
    const check = () => {
      const alt = document
        .querySelector('[aria-label="Gallery"] img[alt^="Result, seed"]')
        ?.getAttribute('alt');
      const seed = Number(/seed (\d+)/.exec(alt ?? '')?.[1]);
      if (w.__filter.listed === undefined && (seed - 1_000_000) % 97 === 42)
        w.__filter.listed = performance.now();
      const header = document.querySelector('[aria-label="Gallery"] header')?.textContent ?? '';
      if (w.__filter.counted === undefined && /\d+ of \d+/.test(header))
        w.__filter.counted = performance.now();
      if (w.__filter.listed === undefined || w.__filter.counted === undefined) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await search.fill('prompt 42 a');
  await page.waitForFunction(
    () => {
      const f = (window as unknown as { __filter: { listed?: number; counted?: number } }).__filter;
      return f.listed !== undefined && f.counted !== undefined;
    },
    null,
    { timeout: 60_000 },
  );
  const got = await page.evaluate(() => {
    const f = (window as unknown as { __filter: { start: number; listed: number; counted: number } })
      .__filter;
    return { listedMs: f.listed - f.start, countedMs: f.counted - f.start };
  });
  await search.fill('');
  await page
    .locator(`[aria-label="Gallery"] img[alt="Result, seed ${1_000_000 + results - 1}"]`)
    .waitFor({ timeout: 60_000 });
  return got;
}

/** One gallery size, in a fresh browser profile: seed `results`, then measure. */
export async function runGalleryBench(
  context: BenchContext,
  results: number,
): Promise<{ metrics: BenchMetric[]; details: unknown }> {
  if (!context.chromiumPath) throw new Error('no Chromium found for the gallery benchmark');
  const browser = await chromium.launch({
    executablePath: context.chromiumPath,
    args: [BENCH_FLAG, ...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('console', (m) => log(`page: ${m.text()}`));
    // tsx compiles with keepNames, which wraps named functions in __name(); functions sent to the page need it.
    await page.addInitScript('window.__name = (f) => f;');
    await page.goto(context.baseUrl);
    // The app must have opened (and so created) the database before we write into it.
    await page.getByText('Generated pictures appear here').waitFor();
    log('seeding');
    const seedMs = await seedResults(page, results);
    log(`seeded ${results} results in ${Math.round(seedMs)} ms`);
    await page.addInitScript(PAINT_PROBE);

    const paints: number[] = [];
    const listed: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.reload();
      await page.waitForFunction(
        () => (window as unknown as { __galleryPaint?: number }).__galleryPaint !== undefined,
        null,
        {
          timeout: 30_000,
        },
      );
      const got = await page.evaluate(() => {
        const w = window as unknown as { __galleryPaint: number; __galleryListed: number };
        return { paint: w.__galleryPaint, listed: w.__galleryListed };
      });
      paints.push(got.paint);
      listed.push(got.listed);
    }

    log(`first paint ${paints.map(Math.round).join(', ')} ms; filtering`);
    const filter = await measureFilter(page, results);
    log(
      `filter: first matches ${Math.round(filter.listedMs)} ms, counted ${Math.round(filter.countedMs)} ms; scrolling`,
    );
    // Wheel through the whole list, recording every frame interval and the DOM size as it goes.
    const scroller = page.locator('[aria-label="Gallery"] [role="grid"]').locator('..');
    const box = await scroller.boundingBox();
    if (!box) throw new Error('gallery grid not visible');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __stop: boolean };
      w.__frames = [];
      w.__stop = false;
      let last = performance.now();
      const tick = (now: number) => {
        w.__frames.push(now - last);
        last = now;
        if (!w.__stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const domNodes: number[] = [];
    const galleryNodes: number[] = [];
    for (let step = 0; ; step++) {
      await page.mouse.wheel(0, WHEEL_PX);
      if (step % 20 === 0) {
        const counts = await page.evaluate(() => ({
          all: document.querySelectorAll('*').length,
          gallery: document.querySelector('[aria-label="Gallery"]')?.querySelectorAll('*').length ?? 0,
        }));
        domNodes.push(counts.all);
        galleryNodes.push(counts.gallery);
      }
      const atEnd = await scroller.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2);
      if (atEnd || step >= MAX_WHEEL_STEPS) break;
    }
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __stop: boolean };
      w.__stop = true;
      return w.__frames.slice(1);
    });
    const sortedFrames = [...frames].sort((a, b) => a - b);

    log(`scrolled: ${frames.length} frames; viewer`);
    // Memory: open the viewer on the newest result and step through 500 results at full size, then close.
    await scroller.evaluate((el) => (el.scrollTop = 0));
    await page.waitForTimeout(300);
    const pid = benchBrowserPid();
    const rssBefore = pid ? treeRssKb(pid) : 0;
    const typesBefore = pid ? rssByType(pid) : {};
    await page.locator('[aria-label="Gallery"] [role="gridcell"] img').first().dblclick();
    const viewer = page.getByRole('dialog', { name: 'Result' });
    await viewer.waitFor();
    const full = viewer.locator('canvas[aria-label$="at full size"]');
    let viewerSteps = 0;
    for (; viewerSteps < VIEWER_STEPS; viewerSteps++) {
      const previous = await full.getAttribute('aria-label');
      await page.keyboard.press('ArrowRight');
      // The next result is drawn: a new name, and its pixels on the canvas.
      const drawn = await page
        .waitForFunction((prev) => {
          const c = document.querySelector<HTMLCanvasElement>('canvas[aria-label$="at full size"]');
          return c !== null && c.getAttribute('aria-label') !== prev && c.dataset.ready === 'true';
        }, previous)
        .then(() => true)
        .catch(() => false);
      if (!drawn) {
        log(`viewer stuck after ${viewerSteps} steps on "${previous}": ${await viewer.textContent()}`);
        break;
      }
    }
    const rssOpen = pid ? treeRssKb(pid) : 0;
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'hidden' });
    await page.waitForTimeout(1000);
    const rssAfter = pid ? treeRssKb(pid) : 0;
    // Whether what remains is garbage V8 has not collected yet (blobs are freed only when their wrapper is).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(1000);
    const rssAfterGc = pid ? treeRssKb(pid) : 0;
    const typesAfterGc = pid ? rssByType(pid) : {};

    const details = {
      results,
      viewerSteps,
      seedMs: round(seedMs),
      filterMs: { firstMatches: round(filter.listedMs), counted: round(filter.countedMs) },
      gridFirstPaintMs: paints.map(round),
      gridListedMs: listed.map(round),
      scroll: {
        frames: frames.length,
        p50: round(pct(sortedFrames, 0.5)),
        p95: round(pct(sortedFrames, 0.95)),
        max: round(sortedFrames.at(-1) ?? 0),
        over33: frames.filter((f) => f > 33).length,
      },
      domNodesMax: Math.max(...domNodes),
      galleryDomNodesMax: Math.max(...galleryNodes),
      // Low samples are placeholder rows on screen: the wheel got ahead of the pages being read.
      galleryDomNodesMedian: metric('', '', galleryNodes).median,
      rssKb: {
        before: rssBefore,
        viewerOpen: rssOpen,
        after: rssAfter,
        growth: rssAfter - rssBefore,
        afterGc: rssAfterGc,
        growthAfterGc: rssAfterGc - rssBefore,
        byTypeBefore: typesBefore,
        byTypeAfterGc: typesAfterGc,
      },
      targets: { gridFirstPaintMs: 400, scrollP95Ms: 17.5, domNodes: 300, rssGrowthMb: 150 },
    };
    const at = `, ${results.toLocaleString('en')} results`;
    const metrics = [
      metric(`grid first paint after reload${at}`, 'ms', paints),
      metric(`filter: first matches listed${at}`, 'ms', [filter.listedMs]),
      metric(`filter: all matches counted${at}`, 'ms', [filter.countedMs]),
      metric(`scroll frame p95${at}`, 'ms', [details.scroll.p95]),
      metric(`scroll frame max${at}`, 'ms', [details.scroll.max]),
      metric(`gallery DOM nodes (max while scrolling)${at}`, 'nodes', galleryNodes),
      metric(`page DOM nodes (max while scrolling)${at}`, 'nodes', domNodes),
      metric(`browser RSS growth after 500 viewer steps${at}`, 'MB', [(rssAfter - rssBefore) / 1024]),
      metric(`browser RSS growth after 500 viewer steps, after a GC${at}`, 'MB', [
        (rssAfterGc - rssBefore) / 1024,
      ]),
    ];
    return { metrics, details };
  } finally {
    await browser.close();
  }
}

/** Sizes from GESSO_BENCH_GALLERY_SIZES ("5000,50000"), or the defaults. */
function gallerySizes(): number[] {
  const sizes = (process.env.GESSO_BENCH_GALLERY_SIZES ?? '')
    .split(',')
    .map((n) => Number(n.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  return sizes.length > 0 ? sizes : DEFAULT_GALLERY_SIZES;
}

/** Every size in turn, each in a fresh browser; metrics name their size. */
async function runGallerySizes(
  context: BenchContext,
  sizes: readonly number[],
): Promise<{ metrics: BenchMetric[]; details: unknown[] }> {
  const metrics: BenchMetric[] = [];
  const details: unknown[] = [];
  for (const size of sizes) {
    const run = await runGalleryBench(context, size);
    metrics.push(...run.metrics);
    details.push(run.details);
  }
  return { metrics, details };
}

/** For bench/run.ts's registry. */
export const galleryBench: BenchModule = {
  name: 'gallery',
  run: (context) => runGallerySizes(context, gallerySizes()),
};

// `npx tsx bench/gallery.ts [RESULTS…]`: start the production studio, run each size, print the details.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { ensureBuilt, startStudio } = await import('../scripts/studioServer');
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  await ensureBuilt();
  const studio = await startStudio({ port: 0, host: '127.0.0.1' });
  try {
    const context = { baseUrl: studio.url, chromiumPath: findInstalledChromium() };
    const { details } = await runGallerySizes(context, sizes.length > 0 ? sizes : gallerySizes());
    console.log(JSON.stringify(details, null, 2));
  } finally {
    await studio.close();
  }
}
