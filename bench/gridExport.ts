/**
 * Grid-export benchmark (issue 10 §5): runs an X/Y grid of 2 × 4 pictures at 1024×1024 in the built
 * studio (real Chromium, the engine on the same origin), then presses "Export grid" several times and
 * reports, per export: the time from the press to the download, the PNG's size, and the longest
 * main-thread task the page's PerformanceObserver('longtask') saw meanwhile (tasks over 50 ms; 0 = none).
 * The UI it drives exists before and after the export moved to a worker, so `--root DIR` measures another
 * checkout's build the same way: `npx tsx bench/gridExport.ts [--root DIR]`. Measures; never fails on it.
 */
import { chromium, expect, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../scripts/chromium';
import { runStandalone } from './runStandalone';
import { metric, type BenchContext, type BenchModule } from './types';

const EXPORTS = 3;
const log = (line: string) => console.error(`  grid-export bench: ${line}`);

/** The page's long-task recorder. A string: tsx's keepNames would put a `__name` helper into a function. */
const RECORDER = `(() => {
  const rec = { tasks: [] };
  window.__gridRec = rec;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) rec.tasks.push(e.duration); })
    .observe({ type: 'longtask' });
})()`;

const takeTasks = (page: Page) =>
  page.evaluate<number[]>(
    `(() => { const t = window.__gridRec.tasks; window.__gridRec.tasks = []; return t; })()`,
  );

/** Runs the grid through the UI and waits for its eight pictures. */
async function runGrid(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Prompt 1', exact: true }).fill('a tin robot');
  await page.getByRole('spinbutton', { name: 'Width', exact: true }).fill('1024');
  await page.getByRole('spinbutton', { name: 'Height', exact: true }).fill('1024');
  await page.getByRole('spinbutton', { name: 'Steps', exact: true }).fill('10');
  await page.getByRole('button', { name: 'X/Y grid', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'X/Y grid', exact: true });
  await dialog.getByRole('combobox', { name: 'Y axis' }).selectOption({ label: 'CFG scale' });
  await dialog.getByRole('textbox', { name: 'Y values' }).fill('5, 9');
  await dialog.getByRole('textbox', { name: 'Seeds' }).fill('500, 501, 502, 503');
  await dialog.getByRole('button', { name: 'Run', exact: true }).click();
  const grid = page.getByRole('region', { name: 'X/Y grid results' });
  await expect(grid.getByRole('img')).toHaveCount(8, { timeout: 300_000 });
  await expect(grid.getByRole('button', { name: 'Export grid', exact: true })).toBeEnabled();
}

async function runGridExportBench(context: BenchContext) {
  if (!context.chromiumPath) throw new Error('no Chromium found for the grid-export benchmark');
  const browser = await chromium.launch({ executablePath: context.chromiumPath, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    await page.addInitScript(RECORDER);
    await page.goto(context.baseUrl);
    await expect(page.getByRole('combobox', { name: 'Engine', exact: true })).toBeEnabled();
    log('running a 2 × 4 grid at 1024×1024…');
    await runGrid(page);
    const button = page.getByRole('region', { name: 'X/Y grid results' }).getByRole('button', {
      name: 'Export grid',
      exact: true,
    });
    const times: number[] = [];
    const longest: number[] = [];
    const sizes: number[] = [];
    for (let i = 0; i < EXPORTS; i++) {
      await takeTasks(page);
      const download = page.waitForEvent('download', { timeout: 120_000 });
      const started = Date.now();
      await button.click();
      const file = await download;
      times.push(Date.now() - started);
      const tasks = await takeTasks(page);
      longest.push(Math.max(0, ...tasks));
      const stream = await file.createReadStream();
      let bytes = 0;
      for await (const chunk of stream) bytes += (chunk as Buffer).length;
      sizes.push(bytes / 1e6);
      log(
        `export ${i + 1}: ${times.at(-1)} ms, ${sizes.at(-1)?.toFixed(1)} MB, longest task ${longest.at(-1)} ms`,
      );
      // Export waits while one runs; the next press needs it enabled again.
      await expect(button).toBeEnabled({ timeout: 60_000 });
    }
    return {
      metrics: [
        metric('press to download', 'ms', times),
        metric('longest main-thread task meanwhile', 'ms', longest),
        metric('PNG size', 'MB', sizes),
      ],
      details: { exports: EXPORTS, grid: '2 × 4 at 1024×1024' },
    };
  } finally {
    await browser.close();
  }
}

/** For bench/run.ts's registry. */
export const gridExportBench: BenchModule = { name: 'grid-export', run: runGridExportBench };

// `npx tsx bench/gridExport.ts [--root DIR]`: build and serve DIR (default this checkout), run, print.
await runStandalone(import.meta.url, runGridExportBench);
