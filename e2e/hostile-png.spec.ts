import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { HTML_FIELD, HTML_PROMPT, hostilePng } from '../src/lib/png/hostilePngs';
import { expect, generateAndWait, openStudio, readArtifacts, test } from './fixtures';
import { dropFile } from './fixtures/dropFile';

/** Picks a corpus file through "Open recipe" (written to disk first: the bombs are megabytes). */
async function openRecipe(page: Page, corpusName: string): Promise<void> {
  const path = test.info().outputPath(`${corpusName}.png`);
  await writeFile(path, hostilePng(corpusName).build());
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open recipe', exact: true }).click();
  await (await chooser).setFiles(path);
}

test('Open recipe survives twenty wrong-CRC bombs and twelve real ones, says what it skipped, and Generate still works', async ({
  page,
}) => {
  const s = await openStudio(page);
  const notice = page.getByRole('status', { name: 'Recipe import' });

  await openRecipe(page, 'wrong-crc-bombs-20');
  await expect(notice).toContainText(
    'Restored the AUTOMATIC1111 recipe from wrong-crc-bombs-20.png. ' +
      'Skipped 20 text chunks with a wrong checksum (damaged, not read).',
  );
  await expect(s.prompt(1)).toHaveValue('a lighthouse in a storm');
  await expect(s.seed).toHaveValue('4321');
  await expect(s.steps).toHaveValue('21');

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await s.seed.fill('99');
  await openRecipe(page, 'ztxt-bombs-12');
  await expect(notice).toContainText('Restored the AUTOMATIC1111 recipe from ztxt-bombs-12.png.');
  await expect(notice).toContainText(
    /Skipped \d+ text chunks inflating past 1 MiB \(stopped there\) and \d+ text chunks past what one file may inflate \(8 MiB\)/,
  );
  await expect(s.seed).toHaveValue('4321');

  // The studio is still whole: a generation with the restored recipe lands in the gallery.
  const [artifact] = await readArtifacts(await generateAndWait(page));
  expect(artifact?.seed).toBe(4321);
  await expect(s.resultImage(4321)).toBeVisible();
});

test('markup in a recipe stays text: the prompt and the notice show it, nothing runs', async ({ page }) => {
  const s = await openStudio(page);
  await openRecipe(page, 'html-in-prompt');
  const notice = page.getByRole('status', { name: 'Recipe import' });
  await expect(notice).toContainText(
    `Restored the Gesso recipe from html-in-prompt.png. Not applied: ${HTML_FIELD}.`,
  );
  await expect(s.prompt(1)).toHaveValue(`${HTML_PROMPT} a lighthouse`);
  await expect(s.prompt(2)).toHaveValue('<b>blurry</b>');
  await expect(notice.getByRole('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __gessoPwned?: unknown }).__gessoPwned)).toBeUndefined();
});

test('a zip bomb dropped outside the canvas is stopped and named; a 50 MB text chunk is skipped unread', async ({
  page,
}) => {
  const s = await openStudio(page);
  const notice = page.getByRole('status', { name: 'Recipe import' });
  await dropFile(page, hostilePng('itxt-bomb').build(), 'bomb.png');
  await expect(notice).toContainText(
    'bomb.png carries no recipe Gesso understands. Skipped 1 text chunk inflating past 1 MiB (stopped there).',
  );

  await openRecipe(page, 'itxt-50mb');
  await expect(notice).toContainText(
    'Restored the AUTOMATIC1111 recipe from itxt-50mb.png. Skipped 1 text chunk larger than 1 MiB (not read).',
  );
  await expect(s.cfgScale).toHaveValue('6.5');
});
