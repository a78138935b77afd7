import { readFile } from 'node:fs/promises';
import { PNG_SIGNATURE } from '../src/lib/png';
import { expect, openStudio, test } from './fixtures';

test('a sweep of 4 makes 4 labelled results with the next seeds, compared under one camera', async ({
  page,
}) => {
  const s = await openStudio(page);
  await s.prompt(1).fill('a paper lantern');
  await s.seed.fill('100');
  const requests: unknown[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/generation/')) requests.push(r.postDataJSON());
  });
  await page.getByRole('button', { name: 'Compare seeds', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare seeds', exact: true });
  await expect(dialog.getByRole('radio', { name: 'Next seeds' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Random seeds' })).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Seed list' })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Seeds' })).toBeVisible();
  await dialog.getByRole('spinbutton', { name: 'Number of seeds' }).fill('4');
  await dialog.getByRole('button', { name: 'Run', exact: true }).click();

  const comparison = page.getByRole('region', { name: 'Comparison', exact: true });
  const figures = comparison.getByRole('figure');
  await expect(figures).toHaveCount(4);
  for (const seed of [101, 102, 103, 104]) {
    await expect(comparison.getByRole('figure', { name: new RegExp(`Seed ${seed}\\b`) })).toBeVisible();
    await expect(s.resultImage(seed)).toBeVisible();
  }
  await expect(s.gallery.getByText('Seed sweep ×4', { exact: true })).toBeVisible();
  // Consecutive seeds ride in one request with `samples`.
  expect(requests).toEqual([expect.objectContaining({ seed: 101, samples: 4 })]);

  // Zoom over the first cell: every cell's camera layer moves the same way.
  const box = await figures.first().boundingBox();
  if (!box) throw new Error('figure has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
  await page.mouse.wheel(0, -400);
  const transforms = async () =>
    figures.evaluateAll((els) =>
      els.map((f) => (f.querySelector('[style*="transform"]') as HTMLElement | null)?.style.transform ?? ''),
    );
  await expect.poll(async () => new Set(await transforms()).size).toBe(1);
  const [t] = await transforms();
  expect(t).toMatch(/scale\((?!1\))/);

  // Number keys pick the winner, which becomes a favourite in the gallery.
  await comparison.focus();
  await page.keyboard.press('2');
  const winner = s.results.filter({ has: page.getByRole('img', { name: 'Result, seed 102', exact: true }) });
  await expect(winner.getByRole('button', { name: 'Favourite', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('Compare on a selection of two offers slider and difference', async ({ page }) => {
  const s = await openStudio(page);
  await s.prompt(1).fill('two shells');
  await s.seed.fill('300');
  await s.samples.fill('2');
  await s.generate.click();
  await expect(s.results).toHaveCount(2);
  await s.resultImage(300).click({ modifiers: ['Control'] });
  await s.resultImage(301).click({ modifiers: ['Control'] });
  await page.getByRole('button', { name: 'Compare selected' }).click();
  const comparison = page.getByRole('region', { name: 'Comparison', exact: true });
  await expect(comparison.getByRole('figure')).toHaveCount(2);
  await expect(comparison.getByRole('radio', { name: 'Side by side' })).toBeChecked();
  await comparison.getByRole('radio', { name: 'Slider' }).check();
  await expect(comparison.getByRole('radio', { name: 'Slider' })).toBeChecked();
  await comparison.getByRole('radio', { name: 'Difference' }).check();
  await expect(comparison.getByRole('radio', { name: 'Difference' })).toBeChecked();
});

test('X/Y grid runs seeds × CFG scale as one job and exports one PNG', async ({ page }) => {
  const s = await openStudio(page);
  await s.prompt(1).fill('a tin robot');
  await s.seed.fill('500');
  await page.getByRole('button', { name: 'X/Y grid', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'X/Y grid', exact: true });
  await dialog.getByRole('combobox', { name: 'Y axis' }).selectOption({ label: 'CFG scale' });
  await dialog.getByRole('textbox', { name: 'Y values' }).fill('5, 9');
  await dialog.getByRole('textbox', { name: 'Seeds' }).fill('500, 501');
  await dialog.getByRole('button', { name: 'Run', exact: true }).click();
  const grid = page.getByRole('region', { name: 'X/Y grid results' });
  await expect(grid.getByRole('img')).toHaveCount(4);
  await expect(s.results).toHaveCount(4);
  const downloadPromise = page.waitForEvent('download');
  await grid.getByRole('button', { name: 'Export grid', exact: true }).click();
  const bytes = await readFile(await (await downloadPromise).path());
  expect([...bytes.subarray(0, 8)]).toEqual([...PNG_SIGNATURE]);
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(2 * 100);
});
