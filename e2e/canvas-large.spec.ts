import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  canvasUi,
  decode,
  dragStroke,
  getView,
  maskStats,
  openAtOwnSize,
  openCanvasStudio,
  readMultipart,
  uploadImage,
  writeLargePng,
} from './fixtures/canvas';

/**
 * Issue 11 §1, the canvas's half: an image of any size up to 8192² opens — a camera file of any size the
 * browser decodes; upload limits apply to what is sent, never to what is opened.
 */

/**
 * Nothing refused the file: no alert on the canvas, and none anywhere about its bytes. (The panel may say
 * the engine takes another size: that concerns what is sent, and is for "Only masked" to settle.)
 */
async function expectNoOpeningError(page: Page): Promise<void> {
  await expect(canvasUi(page).region.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: /\bMB\b/ })).toHaveCount(0);
}

const LARGE = { width: 6000, height: 4000, noisyRows: 2500 };
const MB = 2 ** 20;

/** A ≥ 40 MB 6000×4000 PNG written for this test (fixtures/pixels.ts, writeLargePng). */
async function largePng(): Promise<string> {
  const path = test.info().outputPath('camera-6000x4000.png');
  expect(await writeLargePng(path, LARGE)).toBeGreaterThanOrEqual(40 * MB);
  return path;
}

test('with "Only masked" off, a 46 MB 6000×4000 PNG opens with no error about its bytes or size; resized, what is sent is within the upload limit', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const path = await largePng();
  // With "Only masked" chosen off: on by default, it opens an image larger than the model at its own size.
  await page.addInitScript(() =>
    localStorage.setItem('gesso.region', JSON.stringify({ state: { onlyMasked: false }, version: 1 })),
  );
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  await uploadImage(page, path);

  // The engine's size rule is a choice (Crop or Resize), not a refusal; nothing is said about the file's bytes.
  await expect(ui.sizeDialog).toBeVisible({ timeout: 30_000 });
  await expect(ui.sizeDialog).toContainText('This image is 6000×4000');
  await expectNoOpeningError(page);
  const resize = ui.sizeDialog.getByRole('button', { name: 'Resize', exact: true });
  const m = /(\d+)×(\d+)/.exec((await resize.textContent()) ?? '');
  if (!m) throw new Error('Resize button names no size');
  const target = { width: Number(m[1]), height: Number(m[2]) };
  await resize.click();
  await expect(ui.sizeDialog).toBeHidden();
  await expect(ui.mode).toContainText('Image to image');
  await expect.poll(() => maskStats(page)).toMatchObject(target);
  await expectNoOpeningError(page);

  await s.generate.click();
  const sent = await readMultipart(await s.sent.next());
  expect(sent.initImage.length).toBeLessThanOrEqual(10 * MB);
  const init = await decode(sent.initImage, 'rgba');
  expect({ width: init.width, height: init.height }).toEqual(target);
  // The big file's pixels, scaled: its bottom-right corner is the gradient's (255, 255, 90).
  const corner = ((init.height - 1) * init.width + init.width - 1) * 4;
  const rgb = [...init.data.subarray(corner, corner + 3)];
  rgb.forEach((v, i) => expect(Math.abs(v - [255, 255, 90][i]!)).toBeLessThanOrEqual(8));
});

test('opened at its own size (as "Only masked" does), the 6000×4000 image keeps its resolution: a stroke paints its full-size mask and Undo takes it back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const path = await largePng();
  await openCanvasStudio(page);
  const ui = canvasUi(page);
  expect(await openAtOwnSize(page, path)).toEqual({ width: 6000, height: 4000 });
  await expect(ui.mode).toContainText('Image to image');
  await expect(ui.region).toHaveAttribute('aria-busy', 'false');
  await expect(ui.stage.locator('canvas').first()).toBeVisible();
  // Framed: the view leaves its 1:1 start for the fit of a picture far larger than the stage.
  await expect.poll(async () => (await getView(page)).scale).toBeLessThan(0.5);
  await expectNoOpeningError(page);

  await ui.brush.click();
  await dragStroke(page, { x: 1000, y: 1000 }, { x: 5000, y: 3000 });
  // A band along the 4472 px stroke, at the image's own resolution.
  await expect.poll(async () => (await maskStats(page)).nonZero).toBeGreaterThan(4472 * 8);
  expect(await maskStats(page)).toMatchObject({ width: 6000, height: 4000 });

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await maskStats(page)).nonZero).toBe(0);
  await expectNoOpeningError(page);
});
