/**
 * `npm run bench -- canvas-large`, the canvas benchmark's 6000×4000 document (issue 11): a camera-like
 * 24-megapixel JPEG opened at its own size (no size dialog, as "Only masked" will), 500 prior strokes,
 * then the same 2000-sample pen stroke as the 2048² case, and the tab's memory for the document plus 100
 * more undo steps (long strokes and the whole-mask operations Fill, Clear and Invert, the worst cases for
 * undo memory).
 * Goal: frame p95 ≤ 17.5 ms, 0 frames > 33 ms, every sample kept; tab memory ≤ 600 MB. Measures only.
 * Memory is read from /proc for the renderer processes (found through SystemInfo.getProcessInfo as
 * bench/hostilePng.ts does): every canvas bitmap of a GPU-less Chromium lives there, beside the JS heap.
 * "Tab memory" is their private memory (Private_Clean + Private_Dirty of smaps_rollup, what Chrome's task
 * manager calls the memory footprint); their RSS is reported too, but summed over processes it counts the
 * shared pages (libraries, the V8 snapshot) once per renderer: ~300 MB for three renderers of about:blank.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import sharp from 'sharp';
import { round, stroke, strokeMetrics, type HookedWindow, type StrokeResult } from './canvasStroke';
import { metric, type BenchMetric, type BenchModule } from './types';
import { CHROMIUM_ARGS } from '../scripts/chromium';

export const LARGE = { width: 6000, height: 4000 } as const;
/** Brush diameter in image pixels: about the on-screen size of the 2048² case's 48 px at fit. */
const LARGE_BRUSH = 100;
/** Undo steps added for the memory figure, and how many of them are whole-mask operations. */
const MEMORY_STEPS = 100;
/** In this order each one changes the mask (Fill on a full mask, or Clear on an empty one, would do nothing). */
const WHOLE_MASK_BUTTONS = [
  'Invert mask',
  'Fill mask',
  'Clear mask',
  'Invert mask',
  'Clear mask',
  'Invert mask',
] as const;
const PHOTO_PATH = '/__bench/photo-6000x4000.jpg';

/**
 * A photo-like 6000×4000 JPEG (smooth gradients, discs and per-pixel grain so it decodes like a camera
 * file), made with sharp so no big binary lives in the repository.
 */
async function largePhoto(): Promise<Buffer> {
  const { width, height } = LARGE;
  const data = Buffer.alloc(width * height * 3);
  let s = 7;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // 32-bit LCG in integer arithmetic (a plain product would exceed 2^53 and lose its low bits).
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      const n = ((s >>> 16) % 17) - 8;
      const disc = ((x - 3000) ** 2 + (y - 2000) ** 2) % 250_000 < 60_000 ? 40 : 0;
      const i = (y * width + x) * 3;
      data[i] = Math.max(0, Math.min(255, 40 + (x * 160) / width + disc + n));
      data[i + 1] = Math.max(0, Math.min(255, 60 + (y * 120) / height + n));
      data[i + 2] = Math.max(0, Math.min(255, 150 - (x * 90) / width + disc / 2 + n));
    }
  }
  return sharp(data, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 92 })
    .toBuffer();
}

/** The renderer processes' ids: every tab's content, workers included, runs in one of them. */
async function rendererPids(browserCdp: CDPSession): Promise<number[]> {
  const { processInfo } = (await browserCdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
}

interface RendererMemory {
  /** Private memory (USS) now, MB. */
  privateMb: number;
  /** RSS now and its peak (VmHWM), MB. */
  rssMb: number;
  peakRssMb: number;
}

/** A `Field:   N kB` line of a /proc file, in kB (0 when absent). */
const kb = (text: string, field: string) =>
  Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);

/** The renderer processes' memory, summed over them. */
async function rendererMemory(browserCdp: CDPSession): Promise<RendererMemory> {
  let priv = 0;
  let rss = 0;
  let peak = 0;
  for (const pid of await rendererPids(browserCdp)) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      rss += kb(status, 'VmRSS');
      peak += kb(status, 'VmHWM');
      priv += kb(rollup, 'Private_Clean') + kb(rollup, 'Private_Dirty');
    } catch {
      // Gone (a spare renderer exiting).
    }
  }
  return { privateMb: round(priv / 1024), rssMb: round(rss / 1024), peakRssMb: round(peak / 1024) };
}

/** Lets queued work (deferred undo copies, the draft save, GC) finish before a measurement. */
async function settle(page: Page, cdp: CDPSession): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(1500);
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(300);
}

export interface LargeDocumentResult {
  metrics: BenchMetric[];
  details: Record<string, unknown>;
}

/** Runs the 6000×4000 case in a fresh context (its own renderer), against the studio at `baseUrl`. */
export async function runLargeDocumentCase(browser: Browser, baseUrl: string): Promise<LargeDocumentResult> {
  const photo = await largePhoto();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const browserCdp = await browser.newBrowserCDPSession();
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('[canvas bench, 6000×4000] page error:', e.message));
    // Served from the studio's own origin (the CSP allows fetching only from there).
    await page.route(`**${PHOTO_PATH}`, (route) => route.fulfill({ body: photo, contentType: 'image/jpeg' }));
    await page.goto(`${baseUrl}/?testhooks`);
    await page.waitForFunction(() => (window as unknown as HookedWindow).__gessoCanvas !== undefined, null, {
      timeout: 30_000,
    });
    const cdp = await context.newCDPSession(page);
    await settle(page, cdp);
    const empty = await rendererMemory(browserCdp);

    const openMs = await page.evaluate(async (path) => {
      const blob = await (await fetch(path)).blob();
      const t0 = performance.now();
      await (window as unknown as HookedWindow).__gessoCanvas!.loadImage(blob);
      return performance.now() - t0;
    }, PHOTO_PATH);
    await page.locator('[data-testid="canvas-stage"] canvas').first().waitFor({ timeout: 60_000 });
    await page.keyboard.press('b');
    await page.getByRole('slider', { name: 'Brush size', exact: true }).fill(String(LARGE_BRUSH));
    await page.evaluate(async () => {
      const h = (window as unknown as HookedWindow).__gessoCanvas!;
      h.drawStrokes(500 - h.strokeCount(), 500);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    await settle(page, cdp);
    const opened = await rendererMemory(browserCdp);
    const strokeResult: StrokeResult = await stroke(page, cdp, 500);

    // 100 more undo steps: long wandering strokes with big brushes, and every whole-mask operation.
    const wholeMask = WHOLE_MASK_BUTTONS.length;
    await page.evaluate(
      (n) =>
        (window as unknown as HookedWindow).__gessoCanvas!.drawStrokes(n, 77, {
          segments: 200,
          stepPx: 80,
          minSize: 60,
          maxSize: 400,
        }),
      MEMORY_STEPS - wholeMask - 1,
    );
    // The mask actions live under the toolbar's "More" (its panel stays open while they are used).
    await page
      .getByRole('toolbar', { name: 'Canvas tools' })
      .getByRole('button', { name: 'More', exact: true })
      .click();
    for (const name of WHOLE_MASK_BUTTONS) await page.getByRole('button', { name, exact: true }).click();
    await settle(page, cdp);
    const withHistory = await rendererMemory(browserCdp);
    const history = await page.evaluate(
      () => (window as unknown as HookedWindow).__gessoCanvas!.historyStats?.() ?? null,
    );
    // What the draft save and Generate run on the main thread for this mask (encodeMask).
    const maskExport = await page.evaluate(() =>
      (window as unknown as HookedWindow).__gessoCanvas!.timeMaskExport(),
    );

    const label = `@500 strokes, ${LARGE.width}×${LARGE.height}`;
    const metrics: BenchMetric[] = [
      ...strokeMetrics(strokeResult, label),
      metric(`open ${LARGE.width}×${LARGE.height} JPEG (${round(photo.length / 2 ** 20)} MB)`, 'ms', [
        round(openMs),
      ]),
      metric(`mask PNG export ${LARGE.width}×${LARGE.height}`, 'ms', [round(maskExport.ms)]),
      metric(`tab memory (private), ${LARGE.width}×${LARGE.height} document + 100 undo steps`, 'MB', [
        withHistory.privateMb,
      ]),
      metric(`  of which over the empty studio`, 'MB', [round(withHistory.privateMb - empty.privateMb)]),
      metric(`renderers' RSS, ${LARGE.width}×${LARGE.height} document + 100 undo steps`, 'MB', [
        withHistory.rssMb,
      ]),
      metric(`renderers' RSS peak, ${LARGE.width}×${LARGE.height} document + 100 undo steps`, 'MB', [
        withHistory.peakRssMb,
      ]),
    ];
    const { frameTimes: _f, ...summary } = strokeResult;
    return {
      metrics,
      details: {
        image: `${LARGE.width}x${LARGE.height}`,
        jpegBytes: photo.length,
        brush: LARGE_BRUSH,
        openMs: round(openMs),
        stroke: summary,
        frameTimes: strokeResult.frameTimes,
        rendererMemoryMb: { empty, opened, withHistory },
        history,
        maskExport,
      },
    };
  } finally {
    await browserCdp.detach().catch(() => undefined);
    await context.close();
  }
}

export const canvasLargeBench: BenchModule = {
  name: 'canvas-large',
  async run(context) {
    if (!context.chromiumPath) throw new Error('no Chromium found for the canvas-large benchmark');
    const browser = await chromium.launch({ executablePath: context.chromiumPath, args: [...CHROMIUM_ARGS] });
    try {
      return await runLargeDocumentCase(browser, context.baseUrl);
    } finally {
      await browser.close();
    }
  },
};
