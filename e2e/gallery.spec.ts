import { readFile } from 'node:fs/promises';
import { PNG_SIGNATURE } from '../src/lib/png';
import { expect, generateAndWait, openStudio, readArtifacts, test } from './fixtures';

test('Reuse seed puts the result’s seed into the Seed field', async ({ page }) => {
  const s = await openStudio(page);
  await s.prompt(1).fill('a violet moon');
  await s.seed.fill('0'); // random: the engine picks the seed and reports it
  const response = await generateAndWait(page);
  const [artifact] = await readArtifacts(response);
  expect(artifact).toBeDefined();
  const seed = artifact!.seed;
  await expect(s.resultImage(seed)).toBeVisible();

  await s.results.first().getByRole('button', { name: 'Reuse seed', exact: true }).click();
  await expect(s.seed).toHaveValue(String(seed));
});

test('Download saves the result as a PNG file', async ({ page }) => {
  const s = await openStudio(page);
  await s.prompt(1).fill('a white sailboat');
  await s.seed.fill('777');
  const response = await generateAndWait(page);
  expect((await readArtifacts(response)).map((a) => a.seed)).toEqual([777]);
  await expect(s.resultImage(777)).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await s.results.first().getByRole('button', { name: 'Download', exact: true }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const path = await download.path();
  const bytes = await readFile(path);
  expect([...bytes.subarray(0, 8)]).toEqual([...PNG_SIGNATURE]);
  // IHDR follows the signature: width and height are big-endian at bytes 16 and 20.
  expect(bytes.readUInt32BE(16)).toBe(512);
  expect(bytes.readUInt32BE(20)).toBe(512);
});
