import type { Page } from '@playwright/test';
import { chooseApiVersion, expect, openStudio, runningGeneration, test } from './fixtures';

// Against the slow studio: its engine waits SLOW_ENGINE_DELAY_MS per image, so every run is seen in flight.

/** A run is listed with its elapsed time and its own Cancel, which ends it: it leaves the list, no alert. */
async function expectListedThenCancel(page: Page, label: string | RegExp) {
  const item = runningGeneration(page, label);
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(/(?<![\d.])\d+\.\d ?s/);
  await item.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(item).toHaveCount(0);
}

test('Generate, Compare seeds, X/Y grid, Upscale and Re-run each show in "Running generations" with their own Cancel', async ({
  page,
  slowStudioURL,
}) => {
  test.setTimeout(90_000);
  const s = await openStudio(page, slowStudioURL);
  // v1, so results can be upscaled.
  await chooseApiVersion(page, 'v1');
  await s.prompt(1).fill('a slow fox');
  await s.seed.fill('11');

  // Generate: listed while it runs, then its picture lands in the gallery and it leaves the list.
  await s.generate.click();
  const generated = runningGeneration(page, 'a slow fox');
  await expect(generated.getByRole('button', { name: 'Cancel', exact: true })).toBeVisible();
  await expect(s.resultImage(11)).toBeVisible({ timeout: 20_000 });
  await expect(generated).toHaveCount(0);

  // Compare seeds: one job for the whole sweep.
  await page.getByRole('button', { name: 'Compare seeds', exact: true }).click();
  const seeds = page.getByRole('dialog', { name: 'Compare seeds', exact: true });
  await seeds.getByRole('spinbutton', { name: 'Number of seeds' }).fill('3');
  await seeds.getByRole('button', { name: 'Run', exact: true }).click();
  await expectListedThenCancel(page, 'Seed sweep ×3');
  await page.getByRole('button', { name: 'Close comparison', exact: true }).click();

  // X/Y grid: one job, with its progress in requests.
  await page.getByRole('button', { name: 'X/Y grid', exact: true }).click();
  const grid = page.getByRole('dialog', { name: 'X/Y grid', exact: true });
  await grid.getByRole('combobox', { name: 'Y axis' }).selectOption({ label: 'CFG scale' });
  await grid.getByRole('textbox', { name: 'Y values' }).fill('5, 9');
  await grid.getByRole('textbox', { name: 'Seeds' }).fill('1, 3');
  await grid.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(runningGeneration(page, 'X/Y grid 2×2')).toContainText('0 of 4');
  await expectListedThenCancel(page, 'X/Y grid 2×2');

  // Upscale: offered on a result because v1 can upscale.
  const result = s.results.filter({ has: page.getByRole('img', { name: 'Result, seed 11', exact: true }) });
  await result.getByRole('button', { name: 'Upscale', exact: true }).click();
  await expectListedThenCancel(page, 'Upscale ×2');

  // Re-run: a run cut off by a reload is offered again, and runs as any other.
  await s.prompt(1).fill('a slow heron');
  const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().includes('/text-to-image'));
  await s.generate.click();
  await sent;
  await page.reload();
  const interrupted = page.getByRole('group', { name: 'Interrupted runs' });
  await interrupted.getByRole('button', { name: 'Re-run', exact: true }).click();
  await expectListedThenCancel(page, 'a slow heron');
  await expect(page.getByRole('alert').filter({ hasText: /cancel/i })).toHaveCount(0);
});

test('a Re-run that fails says why in an alert', async ({ page, slowStudioURL }) => {
  const s = await openStudio(page, slowStudioURL);
  await s.prompt(1).fill('a slow lighthouse');
  const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().includes('/text-to-image'));
  await s.generate.click();
  await sent;
  await page.reload();
  const interrupted = page.getByRole('group', { name: 'Interrupted runs' });
  await expect(interrupted.getByText(/a slow lighthouse/)).toBeVisible();

  // This origin as an explicit host gets the typed key, which the engine does not know.
  await s.settings.click();
  await s.settingsDialog
    .getByRole('textbox', { name: 'API host', exact: true })
    .fill(new URL(page.url()).origin);
  await s.settingsDialog.getByRole('textbox', { name: 'API key', exact: true }).fill('sk-not-this-engines');
  await s.settingsDialog.getByRole('button', { name: 'Done', exact: true }).click();

  const refused = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().includes('/text-to-image'),
  );
  await interrupted.getByRole('button', { name: 'Re-run', exact: true }).click();
  expect((await refused).status()).toBe(401);
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'The API key was not accepted' })
    .filter({ hasNotText: 'engine list' });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit connection', exact: true })).toBeVisible();
  await expect(runningGeneration(page, 'a slow lighthouse')).toHaveCount(0);
  await expect(s.results).toHaveCount(0);
});
