import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { PNG_SIGNATURE, readTextChunks } from '../src/lib/png';
import { GESSO_GRID_KEYWORD } from '../src/lib/png/gessoGrid';
import { expect, openStudio, test } from './fixtures';

interface GridRecipes {
  rows: number;
  cols: number;
  rowLabels: string[];
  colLabels: string[];
  cells: Array<{ row: number; col: number; recipe: Record<string, unknown> }>;
}

test('Export grid shows its progress with "Cancel export", which stops it; the PNG carries every cell’s recipe', async ({
  page,
}) => {
  const s = await openStudio(page);
  await s.prompt(1).fill('a tin robot');
  await page.getByRole('button', { name: 'X/Y grid', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'X/Y grid', exact: true });
  await dialog.getByRole('combobox', { name: 'Y axis' }).selectOption({ label: 'CFG scale' });
  await dialog.getByRole('textbox', { name: 'Y values' }).fill('5, 9');
  await dialog.getByRole('textbox', { name: 'Seeds' }).fill('500, 501, 502, 503');
  await dialog.getByRole('button', { name: 'Run', exact: true }).click();
  const grid = page.getByRole('region', { name: 'X/Y grid results' });
  await expect(grid.getByRole('img')).toHaveCount(8, { timeout: 30_000 });

  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  const exportButton = grid.getByRole('button', { name: 'Export grid', exact: true });
  const progress = grid.getByRole('progressbar', { name: 'Grid export', exact: true });
  // The first export's worker is held on its way (a slow device, as far as the studio can tell), so the
  // test is never too slow to catch it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const workerLoads: string[] = [];
  await page.route(/exportGrid\.worker/, async (route) => {
    workerLoads.push(route.request().url());
    await held;
    await route.continue();
  });
  await exportButton.click();
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('aria-valuetext', 'Exporting the grid: Starting');
  await expect(exportButton).toBeDisabled();
  await expect.poll(() => workerLoads.length).toBe(1);
  await grid.getByRole('button', { name: 'Cancel export', exact: true }).click();
  await expect(progress).toBeHidden();
  await expect(exportButton).toBeEnabled();
  // The held request went with its worker: nothing is left to let through.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  release();

  const downloaded = page.waitForEvent('download');
  await exportButton.click();
  const download = await downloaded;
  await expect(progress).toBeHidden();
  // The cancelled export, had it gone on, would have been saved before this one.
  expect(downloads).toEqual([download]);

  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 8)]).toEqual([...PNG_SIGNATURE]);
  // Four 512-px columns and the row labels' band.
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(4 * 512);
  const chunk = (await readTextChunks(bytes)).find((c) => c.keyword === GESSO_GRID_KEYWORD);
  if (!chunk) throw new Error('the exported grid has no gesso-grid chunk');
  const recipes = JSON.parse(chunk.text) as GridRecipes;
  expect(recipes).toMatchObject({
    rows: 2,
    cols: 4,
    rowLabels: ['CFG 5', 'CFG 9'],
    colLabels: ['Seed 500', 'Seed 501', 'Seed 502', 'Seed 503'],
  });
  // Each cell's recipe is that picture's own: its row's CFG scale, its column's seed, the shared prompt.
  expect(recipes.cells.map((c) => [c.row, c.col, c.recipe.cfgScale, c.recipe.seed])).toEqual(
    [5, 9].flatMap((cfg, row) => [500, 501, 502, 503].map((seed, col) => [row, col, cfg, seed])),
  );
  expect(new Set(recipes.cells.map((c) => JSON.stringify(c.recipe.prompts)))).toEqual(
    new Set([JSON.stringify([{ text: 'a tin robot', weight: 1 }])]),
  );
});
