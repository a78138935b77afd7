import { v2betaOutputSize } from '../src/lib/api/backends/v2beta/outputSize';
import { V2BETA_ASPECT_RATIOS } from '../src/lib/api/backends/v2beta/vocabulary';
import { STYLE_PRESETS } from '../src/lib/api/wire';
import { chooseApiVersion, expect, test } from './fixtures';
import {
  canvasUi,
  decode,
  dragStroke,
  openCanvasStudio,
  readFixture,
  readFormParts,
  uploadExample,
  type CapturedRequest,
} from './fixtures/canvas';
import type { Page } from '@playwright/test';

const BEARER = 'Bearer gesso-local-dev-key';

/** The text fields of a captured multipart body, in order (files left out). */
async function textFields(captured: CapturedRequest): Promise<Array<[string, string]>> {
  return (await readFormParts(captured)).flatMap(([name, value]) =>
    typeof value === 'string' ? [[name, value] as [string, string]] : [],
  );
}

/** The names of a captured multipart body's parts, files included, in order. */
async function partNames(captured: CapturedRequest): Promise<string[]> {
  return (await readFormParts(captured)).map(([name]) => name);
}

/** Opens the result with this seed in dialog "Result" and expects its full picture to be `size`. */
async function expectFullSize(page: Page, seed: number, size: readonly [number, number]): Promise<void> {
  await page
    .getByRole('region', { name: 'Gallery', exact: true })
    .getByRole('img', { name: `Result, seed ${seed}`, exact: true })
    .dblclick();
  const viewer = page.getByRole('dialog', { name: 'Result', exact: true });
  const full = viewer.getByRole('img', { name: `Seed ${seed} at full size`, exact: true });
  await expect
    .poll(() => full.evaluate((el) => [(el as HTMLCanvasElement).width, (el as HTMLCanvasElement).height]))
    .toEqual([...size]);
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
}

test('with Stable Image (v2beta) the studio generates, samples, inpaints, erases and upscales against the engine, speaking v2beta on the wire', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const s = await openCanvasStudio(page, 'a paper crane');
  await chooseApiVersion(page, 'Stable Image (v2beta)');

  // The six models with their prices; v1alpha's engine gave way to Core, v2beta's default.
  await expect(s.engine.getByRole('option')).toHaveText([
    'Stable Image Ultra · 8 credits',
    'Stable Image Core · 3 credits',
    'SD 3.5 Large · 6.5 credits',
    'SD 3.5 Large Turbo · 4 credits',
    'SD 3.5 Medium · 3.5 credits',
    'SD 3.5 Flash · 2.5 credits',
  ]);
  await expect(s.engine).toHaveValue('core');
  // An aspect ratio instead of Width × Height; no steps, sampler or CLIP guidance; CFG only for SD 3.5.
  const aspect = page.getByRole('combobox', { name: 'Aspect ratio', exact: true });
  await expect(aspect.getByRole('option')).toHaveText([...V2BETA_ASPECT_RATIOS]);
  for (const gone of [s.width, s.height, s.steps, s.sampler, s.clipGuidance, s.cfgScale]) {
    await expect(gone).toHaveCount(0);
  }
  const style = page.getByRole('combobox', { name: 'Style preset', exact: true });
  await expect(style.getByRole('option')).toHaveText(['None', ...STYLE_PRESETS]);
  await s.engine.selectOption('sd3.5-large');
  await expect(s.cfgScale).toHaveValue('4');
  await s.engine.selectOption('core');
  await expect(s.cfgScale).toHaveCount(0);

  // The prompt rows as the API takes them, said under the prompts.
  await page.getByRole('button', { name: 'Add prompt', exact: true }).click();
  await s.prompt(2).fill('blurry');
  await s.promptWeight(2).fill('-1');
  await page.getByRole('button', { name: 'Add prompt', exact: true }).click();
  await s.prompt(3).fill('gold leaf');
  await s.promptWeight(3).fill('1.5');
  const sentAs = page.getByRole('note', { name: 'Sent as', exact: true });
  await expect(sentAs).toContainText('Sent as: prompt “a paper crane, gold leaf” · negative_prompt “blurry”');
  await expect(sentAs).toContainText('Prompt 3: weight 1.5 is sent as 1, the most the API takes.');
  await s.promptWeight(3).fill('0.5');
  await expect(sentAs).toContainText('prompt “a paper crane, (gold leaf:0.5)”');

  // Text-to-image on Core at 16:9: multipart to generate/core, the key as Bearer.
  await aspect.selectOption('16:9');
  await s.seed.fill('1000');
  await s.generate.click();
  const t2i = await s.sent.next();
  expect(t2i.path).toBe('/v2beta/stable-image/generate/core');
  expect(t2i.contentType).toMatch(/^multipart\/form-data; boundary=/);
  expect(t2i.authorization).toBe(BEARER);
  expect(await textFields(t2i)).toEqual([
    ['prompt', 'a paper crane, (gold leaf:0.5)'],
    ['aspect_ratio', '16:9'],
    ['negative_prompt', 'blurry'],
    ['seed', '1000'],
    ['output_format', 'png'],
  ]);
  // The engine draws Core's 2016×1152 at its own pace (several seconds on this machine class).
  await expect(s.resultImage(1000)).toBeVisible({ timeout: 60_000 });
  const core = v2betaOutputSize('generate/core', { aspectRatio: '16:9' });
  await expectFullSize(page, 1000, [core?.width ?? 0, core?.height ?? 0]);

  // Samples 3: three requests (one picture each), consecutive seeds, three results (on Flash: 1 MP each).
  await page.getByRole('button', { name: 'Remove prompt 3', exact: true }).click();
  await page.getByRole('button', { name: 'Remove prompt 2', exact: true }).click();
  await s.engine.selectOption('sd3.5-flash');
  await aspect.selectOption('1:1');
  await s.samples.fill('3');
  await s.seed.fill('2000');
  await s.generate.click();
  const samples = [await s.sent.next(), await s.sent.next(), await s.sent.next()];
  const seeds: string[] = [];
  for (const sent of samples) {
    expect(sent.path).toBe('/v2beta/stable-image/generate/sd3');
    const fields = new Map(await textFields(sent));
    expect(fields.get('model')).toBe('sd3.5-flash');
    expect(fields.get('cfg_scale')).toBe('1');
    expect(fields.has('samples')).toBe(false);
    seeds.push(fields.get('seed') ?? '');
  }
  expect(seeds.sort()).toEqual(['2000', '2001', '2002']);
  for (const seed of [2000, 2001, 2002]) await expect(s.resultImage(seed)).toBeVisible({ timeout: 60_000 });
  await expect(s.results).toHaveCount(4);
  await s.samples.fill('1');

  // Inpaint: the edit/inpaint endpoint (no model to choose) with "Grow mask".
  await uploadExample(page);
  await canvasUi(page).brush.click();
  await dragStroke(page, { x: 120, y: 200 }, { x: 380, y: 300 });
  await expect(canvasUi(page).mode).toContainText('Inpainting');
  await expect(s.engine).toBeDisabled();
  await expect(s.engine).toHaveValue('inpaint');
  const grow = page.getByRole('spinbutton', { name: 'Grow mask', exact: true });
  await expect(grow).toHaveValue('5');
  await grow.fill('12');
  await s.seed.fill('3000');
  await s.generate.click();
  const inpaint = await s.sent.next();
  expect(inpaint.path).toBe('/v2beta/stable-image/edit/inpaint');
  expect(await partNames(inpaint)).toEqual(['image', 'prompt', 'mask', 'grow_mask', 'seed', 'output_format']);
  const inpaintParts = await readFormParts(inpaint);
  const image = inpaintParts.find(([name]) => name === 'image')?.[1];
  expect(Buffer.isBuffer(image) && image.equals(readFixture('init_image.png'))).toBe(true);
  const mask = inpaintParts.find(([name]) => name === 'mask')?.[1];
  if (!Buffer.isBuffer(mask)) throw new Error('no mask part');
  expect((await decode(mask, 'grey')).data.some((v) => v === 255)).toBe(true);
  expect(await textFields(inpaint)).toEqual([
    ['prompt', 'a paper crane'],
    ['grow_mask', '12'],
    ['seed', '3000'],
    ['output_format', 'png'],
  ]);
  await expect(s.resultImage(3000)).toBeVisible({ timeout: 30_000 });
  await expectFullSize(page, 3000, [512, 512]);

  // Erase: the masked area removed with no prompt, through edit/erase.
  await page.getByRole('button', { name: 'Erase', exact: true }).click();
  await expect(canvasUi(page).mode).toContainText('Erase');
  await expect(page.getByRole('note', { name: 'Sent as', exact: true })).toContainText(
    'Erase sends no prompt',
  );
  await s.seed.fill('4000');
  await s.generate.click();
  const erase = await s.sent.next();
  expect(erase.path).toBe('/v2beta/stable-image/edit/erase');
  expect(await partNames(erase)).toEqual(['image', 'mask', 'grow_mask', 'seed', 'output_format']);
  await expect(s.resultImage(4000)).toBeVisible({ timeout: 30_000 });

  // Upscale: the inpainted result, ×4 by upscale/fast, lands as a result derived from it.
  const original = s.results.filter({
    has: page.getByRole('img', { name: 'Result, seed 3000', exact: true }),
  });
  await original.getByRole('button', { name: 'Upscale', exact: true }).click();
  const upscale = await s.sent.next();
  expect(upscale.path).toBe('/v2beta/stable-image/upscale/fast');
  expect(upscale.authorization).toBe(BEARER);
  expect(await partNames(upscale)).toEqual(['image', 'output_format']);
  await expect(s.results).toHaveCount(7, { timeout: 30_000 });
  // The newest result is the upscale (its seed is the service's own).
  await s.results.first().getByRole('img').dblclick();
  const viewer = page.getByRole('dialog', { name: 'Result', exact: true });
  const full = viewer.getByRole('img', { name: /at full size$/ });
  await expect
    .poll(() => full.evaluate((el) => [(el as HTMLCanvasElement).width, (el as HTMLCanvasElement).height]))
    .toEqual([2048, 2048]);
  await expect(viewer.getByText('upscale/fast')).toBeVisible();
  await expect(viewer.getByText('Derived from')).toBeVisible();
  await page.keyboard.press('Escape');
});
