import { readFile } from 'node:fs/promises';
import { readTextChunks } from '../src/lib/png';
import { expect, generateAndWait, openStudio, readArtifacts, test } from './fixtures';
import { dropFile } from './fixtures/dropFile';

test('Download writes the recipe into the PNG; dropping it back restores the options', async ({ page }) => {
  const s = await openStudio(page);
  await s.prompt(1).fill('a brass compass, on old maps');
  await page.getByRole('button', { name: 'Add prompt' }).click();
  await s.prompt(2).fill('blurry');
  await s.promptWeight(2).fill('-1');
  await s.steps.fill('33');
  await s.cfgScale.fill('9.5');
  await s.sampler.selectOption('K_EULER');
  await s.seed.fill('4242');
  await readArtifacts(await generateAndWait(page));
  await expect(s.resultImage(4242)).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await s.results.first().getByRole('button', { name: 'Download', exact: true }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('gesso-4242.png');
  const bytes = await readFile(await download.path());
  const chunks = await readTextChunks(new Uint8Array(bytes));
  const parameters = chunks.find((c) => c.keyword === 'parameters')?.text ?? '';
  expect(parameters).toContain('a brass compass, on old maps');
  expect(parameters).toContain('Negative prompt: blurry');
  expect(parameters).toMatch(/Steps: 33, Sampler: Euler, CFG scale: 9\.5, Seed: 4242, Size: 512x512/);
  const gesso: unknown = JSON.parse(chunks.find((c) => c.keyword === 'gesso')?.text ?? 'null');
  expect(gesso).toMatchObject({
    prompts: [
      { text: 'a brass compass, on old maps', weight: 1 },
      { text: 'blurry', weight: -1 },
    ],
    seed: 4242,
    steps: 33,
    cfgScale: 9.5,
    sampler: 'K_EULER',
    width: 512,
    height: 512,
  });

  // Change everything, then drop the downloaded file outside the canvas.
  await s.prompt(1).fill('something else');
  await s.steps.fill('20');
  await s.cfgScale.fill('7');
  await s.seed.fill('1');
  await dropFile(page, bytes, 'gesso-4242.png');
  await expect(page.getByRole('status', { name: 'Recipe import' })).toContainText(
    'Restored the Gesso recipe from gesso-4242.png',
  );
  await expect(s.prompt(1)).toHaveValue('a brass compass, on old maps');
  await expect(s.prompt(2)).toHaveValue('blurry');
  await expect(s.promptWeight(2)).toHaveValue('-1');
  await expect(s.steps).toHaveValue('33');
  await expect(s.cfgScale).toHaveValue('9.5');
  await expect(s.seed).toHaveValue('4242');
  await expect(s.sampler).toHaveValue('K_EULER');
});

test('Open recipe reads AUTOMATIC1111 parameters, puts what the file lacks back to its default, and names what it did not apply, as text', async ({
  page,
}) => {
  const s = await openStudio(page);
  await s.prompt(1).fill('a lemon');
  await s.seed.fill('77');
  await readArtifacts(await generateAndWait(page));
  const downloadPromise = page.waitForEvent('download');
  await s.results.first().getByRole('button', { name: 'Download', exact: true }).click();
  const original = new Uint8Array(await readFile(await (await downloadPromise).path()));
  // Re-label the file as another tool's: only an A1111 `parameters` chunk, with a field Gesso has no use for.
  const { withTextChunks } = await import('../src/lib/png');
  const foreign = withTextChunks(original, [
    { keyword: 'gesso', text: '' },
    {
      keyword: 'parameters',
      text: 'a <b>bold</b> pear\nSteps: 12, Sampler: Euler a, CFG scale: 6, Seed: 31337, Size: 512x512, Hires upscale: 2',
    },
  ]);
  // Options the file does not carry, set away from their defaults: opening it puts them back.
  await s.engine.selectOption('stable-diffusion-512-v2-1');
  await s.clipGuidance.selectOption('SLOW');
  await s.samples.fill('4');
  await page.getByRole('button', { name: 'Add prompt' }).click();
  await s.prompt(2).fill('left over');
  await page.getByLabel('Recipe file').setInputFiles({
    name: 'pear.png',
    mimeType: 'image/png',
    buffer: Buffer.from(foreign),
  });
  const notice = page.getByRole('status', { name: 'Recipe import' });
  await expect(notice).toContainText('Restored the AUTOMATIC1111 recipe from pear.png');
  await expect(notice).toContainText('Not applied: Hires upscale');
  await expect(s.prompt(1)).toHaveValue('a <b>bold</b> pear');
  await expect(page.locator('b')).toHaveCount(0);
  await expect(s.steps).toHaveValue('12');
  await expect(s.seed).toHaveValue('31337');
  await expect(s.sampler).toHaveValue('K_EULER_ANCESTRAL');
  await expect(s.engine).toHaveValue('stable-diffusion-v1-5');
  await expect(s.clipGuidance).toHaveValue('NONE');
  await expect(s.samples).toHaveValue('1');
  await expect(s.prompt(2)).toBeHidden();
});
