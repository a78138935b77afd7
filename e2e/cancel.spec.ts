import type { Request } from '@playwright/test';
import { expect, generateAndWait, isTextToImage, openStudio, readArtifacts, test } from './fixtures';

// These run against the slow studio, whose engine waits SLOW_ENGINE_DELAY_MS per image.
test('Cancel stops a slow generation and nothing lands in the gallery', async ({ page, slowStudioURL }) => {
  const s = await openStudio(page, slowStudioURL);
  await s.prompt(1).fill('a slow snail crossing a road');

  const failed = page.waitForEvent('requestfailed', (r: Request) => isTextToImage(r));
  await s.generate.click();
  await expect(s.cancel).toBeVisible();
  // The run's row (the item holding its Cancel) shows elapsed time, and it ticks: wait until it passes 1 s.
  const run = page.getByRole('listitem').filter({ has: s.cancel });
  // (The row's text runs together, e.g. "a slow snail…0.5 sCancel", so no word boundaries around the time.)
  await expect(run).toContainText(/(?<![\d.])\d+(\.\d+)? ?s/);
  await expect(run).toContainText(/(?<![\d.])[1-9]\d*(\.\d+)? ?s/);
  await s.cancel.click();

  const request = await failed;
  expect(request.failure()?.errorText).toMatch(/abort|cancel/i);
  await expect(s.cancel).toBeHidden();
  await expect(s.generate).toBeEnabled();
  await expect(s.results).toHaveCount(0);

  // Run again to completion: the cancelled run, had it continued, would have landed before this one.
  await s.seed.fill('31337');
  const response = await generateAndWait(page);
  expect(response.status()).toBe(200);
  expect((await readArtifacts(response)).map((a) => a.seed)).toEqual([31337]);
  await expect(s.results).toHaveCount(1);
  await expect(s.resultImage(31337)).toBeVisible();
});
