import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import sharp from 'sharp';
import { readTextChunks } from '../src/lib/png';
import {
  chooseApiVersion,
  expect,
  generateAndWait,
  openStudio,
  readArtifacts,
  studio,
  test,
} from './fixtures';
import { expectNoViolations } from './fixtures/axe';
import {
  canvasUi,
  expectNextRunFrom,
  INIT_IMAGE,
  isGeneration,
  openCanvasStudio,
  openMoreTools,
  samePixels,
  uploadExample,
} from './fixtures/canvas';

/** The stage and what it holds, by role and accessible name (issue 10 §4). */
function stageUi(page: Page) {
  const region = page.getByRole('region', { name: 'Stage', exact: true });
  const centre = page.getByRole('group', { name: 'Centre view', exact: true });
  return {
    region,
    result: (seed: number) => region.getByRole('img', { name: `Result, seed ${seed}`, exact: true }),
    button: (name: string) => region.getByRole('button', { name, exact: true }),
    stageTab: centre.getByRole('button', { name: 'Stage', exact: true }),
    canvasTab: centre.getByRole('button', { name: 'Canvas', exact: true }),
  };
}

/** Generates `samples` pictures from `seed` (text-to-image) and returns the engine's artifacts. */
async function generate(page: Page, prompt: string, seed: number, samples = 1) {
  const s = studio(page);
  await s.prompt(1).fill(prompt);
  await s.seed.fill(String(seed));
  await s.samples.fill(String(samples));
  return readArtifacts(await generateAndWait(page));
}

/** What the user sees of a picture: a screenshot of its element, as raw RGB at its on-screen size. */
async function seen(picture: Locator): Promise<{ width: number; height: number; data: Buffer }> {
  await expect
    .poll(() =>
      picture.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth),
    )
    .toBeGreaterThan(0);
  const { data, info } = await sharp(await picture.screenshot())
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

/** Mean absolute difference per channel (0–255) between what is seen and `png` scaled to the same size. */
async function meanDifference(shot: { width: number; height: number; data: Buffer }, png: Buffer) {
  const other = await sharp(png)
    .resize(shot.width, shot.height, { fit: 'fill' })
    .removeAlpha()
    .raw()
    .toBuffer();
  let sum = 0;
  for (let i = 0; i < shot.data.length; i++) sum += Math.abs((shot.data[i] ?? 0) - (other[i] ?? 0));
  return sum / shot.data.length;
}

test('after a text-to-image run the newest result is on stage with its seed and recipe; the drop zone only when there is nothing to show', async ({
  page,
}) => {
  const s = await openStudio(page);
  const stage = stageUi(page);
  // Nothing to show: the empty drop zone, and no stage.
  await expect(canvasUi(page).upload).toBeVisible();
  await expect(stage.region).toHaveCount(0);

  const [first] = await generate(page, 'a lone red kite over dunes', 700);
  expect(first?.seed).toBe(700);
  await expect(stage.result(700)).toBeVisible();
  await expect(stage.region.getByRole('heading', { name: 'Seed 700' })).toBeVisible();
  await expect(stage.region).toContainText('a lone red kite over dunes');
  await expect(stage.region).toContainText('stable-diffusion-v1-5 · text-to-image · 512×512');
  await expect(canvasUi(page).upload).toBeHidden();
  await expect(stage.stageTab).toHaveAttribute('aria-pressed', 'true');
  // The picture on stage is the engine's, decoded, large (more than its 512 px).
  await expect
    .poll(() => stage.result(700).evaluate((el) => (el as HTMLImageElement).naturalWidth))
    .toBe(512);
  expect((await stage.result(700).boundingBox())?.width).toBeGreaterThan(512);

  // A second run: its newest picture (the gallery's first card) replaces the first on stage.
  await generate(page, 'two blue kites', 800, 2);
  await expect(s.results).toHaveCount(3);
  await expect(s.results.first().getByRole('img')).toHaveAccessibleName('Result, seed 800');
  await expect(stage.result(800)).toBeVisible();

  // "Canvas" shows the empty drop zone on request; "Stage" brings the result back.
  await stage.canvasTab.click();
  await expect(canvasUi(page).upload).toBeVisible();
  await expect(stage.region).toHaveCount(0);
  await stage.stageTab.click();
  await expect(stage.result(800)).toBeVisible();

  // After a reload there is still something to show: the newest result, not the drop zone.
  await page.reload();
  await expect(stage.result(800)).toBeVisible();
  await expect(canvasUi(page).upload).toBeHidden();
});

test('a click on a gallery result shows it on stage; ←/→ step through the results, never from a text field', async ({
  page,
}) => {
  const s = await openStudio(page);
  const stage = stageUi(page);
  await generate(page, 'three paper boats', 900, 3);
  await expect(s.results).toHaveCount(3);
  const order = await s.results
    .getByRole('img')
    .evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt')));
  expect(order).toEqual(['Result, seed 900', 'Result, seed 901', 'Result, seed 902']);
  await expect(stage.result(900)).toBeVisible();

  await s.resultImage(902).click();
  await expect(stage.result(902)).toBeVisible();
  await expect(stage.region).toContainText('3 / 3');

  // Keys act on the stage from anywhere but a text field (or the grid, whose arrows move its focus).
  await stage.region.getByRole('heading').click();
  await page.keyboard.press('ArrowLeft');
  await expect(stage.result(901)).toBeVisible();
  await expect(stage.region).toContainText('2 / 3');
  await page.keyboard.press('ArrowLeft');
  await expect(stage.result(900)).toBeVisible();
  // The newest has nothing newer.
  await page.keyboard.press('ArrowLeft');
  await expect(stage.result(900)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(stage.result(901)).toBeVisible();

  await s.prompt(1).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(s.prompt(1)).toBeFocused();
  await expect(stage.result(901)).toBeVisible();
  // The stage's own buttons step too.
  await stage.button('Older →').click();
  await expect(stage.result(902)).toBeVisible();
  await expect(stage.button('Older →')).toBeDisabled();

  // The result on stage deleted: the stage falls back to the newest.
  await s.results
    .filter({ has: page.getByRole('img', { name: 'Result, seed 902', exact: true }) })
    .getByRole('button', { name: 'Delete', exact: true })
    .click();
  await expect(s.results).toHaveCount(2);
  await expect(stage.result(900)).toBeVisible();
});

test('“Edit on canvas” puts the result on the canvas, and the next run starts from its pixels', async ({
  page,
}) => {
  const s = await openCanvasStudio(page, 'a quiet harbour');
  const stage = stageUi(page);
  const ui = canvasUi(page);
  await s.seed.fill('1200');
  const response = page.waitForResponse((r) => isGeneration(r.request(), 'text-to-image'));
  await s.generate.click();
  const [artifact] = await readArtifacts(await response);
  if (!artifact) throw new Error('no artifact');
  expect((await s.sent.next()).endpoint).toBe('text-to-image');
  await expect(stage.result(1200)).toBeVisible();

  await stage.button('Edit on canvas').click();
  await expect(stage.region).toHaveCount(0);
  await expect(ui.region).toBeVisible();
  await expect(stage.canvasTab).toHaveAttribute('aria-pressed', 'true');
  // Its button gone, focus says where the centre went rather than falling to the page.
  await expect(stage.canvasTab).toBeFocused();
  await s.seed.fill('1201');
  await expectNextRunFrom(page, s.sent, Buffer.from(artifact.base64, 'base64'));
  // An image-to-image result waits under "Stage": the canvas stays where the artist works.
  await expect(s.results).toHaveCount(2);
  await expect(ui.region).toBeVisible();
  await stage.stageTab.click();
  await expect(stage.result(1201)).toBeVisible();
});

test('Download on the stage saves the result’s PNG with its recipe; Compare opens its run', async ({
  page,
}) => {
  await openStudio(page);
  const stage = stageUi(page);
  const artifacts = await generate(page, 'a copper bell', 1300, 2);
  await expect(stage.result(1300)).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await stage.button('Download').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('gesso-1300.png');
  const bytes = await readFile(await download.path());
  expect(await samePixels(bytes, Buffer.from(artifacts[0]!.base64, 'base64'))).toBe(true);
  const gesso: unknown = JSON.parse(
    (await readTextChunks(new Uint8Array(bytes))).find((c) => c.keyword === 'gesso')?.text ?? 'null',
  );
  expect(gesso).toMatchObject({ seed: 1300, prompts: [{ text: 'a copper bell', weight: 1 }] });

  await stage.button('Compare').click();
  const comparison = page.getByRole('region', { name: 'Comparison', exact: true });
  await expect(comparison.getByRole('figure')).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(comparison).toBeHidden();
  await expect(stage.result(1300)).toBeVisible();
});

test('holding O on an inpaint result shows the original under it', async ({ page }) => {
  const s = await openCanvasStudio(page, 'a field of sunflowers');
  const stage = stageUi(page);
  await uploadExample(page);
  await openMoreTools(page);
  await page.getByRole('button', { name: 'Fill mask', exact: true }).click();
  await expect(canvasUi(page).mode).toContainText('Inpainting');
  await s.seed.fill('1400');
  await s.generate.click();
  expect((await s.sent.next()).endpoint).toBe('image-to-image/masking');
  await expect(s.results).toHaveCount(1);

  await s.resultImage(1400).click();
  await expect(stage.result(1400)).toBeVisible();
  await expect(stage.region).toContainText('hold O for the original');
  const init = await readFile(INIT_IMAGE);
  // The whole image was repainted: what the stage shows is far from the original.
  expect(await meanDifference(await seen(stage.result(1400)), init)).toBeGreaterThan(25);

  await stage.region.getByRole('heading').click();
  await page.keyboard.down('o');
  const original = stage.region.getByRole('img', { name: 'Original of seed 1400', exact: true });
  await expect(original).toBeVisible();
  await expect(stage.result(1400)).toHaveCount(0);
  // Scaled to the screen by the browser and here by sharp: close, not byte-equal.
  expect(await meanDifference(await seen(original), init)).toBeLessThan(6);
  await page.keyboard.up('o');
  await expect(stage.result(1400)).toBeVisible();
  await expect(original).toHaveCount(0);
});

test('Upscale is on the stage only when the API can upscale, and its result takes the stage', async ({
  page,
}) => {
  await openStudio(page);
  const stage = stageUi(page);
  await generate(page, 'a small lighthouse', 1500);
  await expect(stage.result(1500)).toBeVisible();
  await expect(stage.button('Upscale')).toHaveCount(0);

  await chooseApiVersion(page, 'v1');
  const upscaled = page.waitForResponse((r) => isGeneration(r.request(), 'image-to-image/upscale', '/v1'));
  await stage.button('Upscale').click();
  expect((await upscaled).status()).toBe(200);
  // The upscaler reports seed 0; its picture is twice the original's 512×512.
  await expect(stage.result(0)).toBeVisible();
  await expect.poll(() => stage.result(0).evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1024);
});

test('axe finds no violations with a result on stage', async ({ page }) => {
  await openStudio(page);
  await generate(page, 'a glass of water', 1600, 2);
  await expect(stageUi(page).result(1600)).toBeVisible();
  await expectNoViolations(page);
});
