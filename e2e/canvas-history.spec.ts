import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  canvasUi,
  dragStroke,
  makePng,
  maskStats,
  openCanvasStudio,
  readFixture,
  readMultipart,
  uploadExample,
  uploadImage,
  type SentMultipart,
} from './fixtures/canvas';
import {
  canvasBusySeen,
  deliverImage,
  triggerThenStroke,
  watchCanvasBusy,
  type Delivery,
} from './fixtures/canvasDelivery';

/** Issue 10 §2: nothing the artist made is destroyed without a way back. */

const A = { x: 120, y: 160 };
const B = { x: 380, y: 330 };
const EXAMPLE = readFixture('init_image.png');

type Studio = Awaited<ReturnType<typeof openCanvasStudio>>;

/** Presses Generate and reads the request the studio sends. */
async function generateAndRead(s: Studio): Promise<SentMultipart> {
  await s.generate.click();
  return readMultipart(await s.sent.next());
}

/** The example with a painted stroke, generated once: the request that the undo must bring back. */
async function paintedExample(page: Page, s: Studio): Promise<SentMultipart> {
  const ui = canvasUi(page);
  await uploadExample(page);
  await ui.brush.click();
  await dragStroke(page, A, B);
  await expect(ui.mode).toContainText('Inpainting');
  const sent = await generateAndRead(s);
  expect(sent.maskImage).not.toBeNull();
  return sent;
}

/** The studio sends the example byte for byte and exactly the mask of `original`. */
async function expectExampleWithMask(s: Studio, original: SentMultipart): Promise<void> {
  const sent = await generateAndRead(s);
  expect(sent.initImage.equals(EXAMPLE)).toBe(true);
  if (!sent.maskImage || !original.maskImage) throw new Error('mask missing');
  expect(sent.maskImage.equals(original.maskImage)).toBe(true);
}

const DELIVERIES: readonly Delivery[] = ['upload', 'paste', 'drop'];

for (const via of DELIVERIES) {
  test(`replacing the image by ${via} is one undo step: Ctrl+Z brings back the old image and its mask, redo the new one`, async ({
    page,
  }) => {
    const s = await openCanvasStudio(page);
    const ui = canvasUi(page);
    const painted = await paintedExample(page, s);
    const other = await makePng(512, 512);
    await deliverImage(page, via, other);
    await expect(ui.mode).toContainText('Image to image');

    await page.keyboard.press('Control+z');
    await expect(ui.mode).toContainText('Inpainting');
    await expectExampleWithMask(s, painted);

    await page.keyboard.press('Control+Shift+z');
    await expect(ui.mode).toContainText('Image to image');
    const redone = await generateAndRead(s);
    expect(redone.initImage.equals(other)).toBe(true);
    expect(redone.maskImage).toBeNull();
  });
}

test('Remove image, then Undo, puts the image and its mask back; Redo removes it again', async ({ page }) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  const painted = await paintedExample(page, s);
  // With a result to show (issue 10 §4's stage), removing the image still leaves the canvas in front.
  await expect(s.results).toHaveCount(1);
  await page.getByRole('button', { name: 'Remove image', exact: true }).click();
  await expect(ui.mode).toContainText('Text to image');
  await expect(ui.upload).toBeVisible();

  await ui.undo.click();
  await expect(ui.mode).toContainText('Inpainting');
  await expectExampleWithMask(s, painted);

  await ui.redo.click();
  await expect(ui.mode).toContainText('Text to image');
  // Removing is canvas work: the canvas (its drop zone and Undo) stays in front, never the stage.
  await expect(ui.upload).toBeVisible();
  await expect(page.getByRole('region', { name: 'Stage', exact: true })).toBeHidden();
});

test('Crop in the Image size dialog replaces the image as one undo step', async ({ page }) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  const painted = await paintedExample(page, s);
  await uploadImage(page, { name: 'big.png', mimeType: 'image/png', buffer: await makePng(700, 700) });
  await ui.sizeDialog.getByRole('button', { name: 'Crop', exact: true }).click();
  await expect.poll(() => maskStats(page)).toMatchObject({ width: 640, height: 640, nonZero: 0 });

  await page.keyboard.press('Control+z');
  await expect.poll(() => maskStats(page)).toMatchObject({ width: 512, height: 512 });
  await expectExampleWithMask(s, painted);
});

test('“Use as init image” is one undo step, and a stroke in the same instant is refused visibly, on neither image', async ({
  page,
}) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  const painted = await paintedExample(page, s);
  await expect(s.results).toHaveCount(1);
  const useAsInit = s.results.first().getByRole('button', { name: 'Use as init image', exact: true });

  await watchCanvasBusy(page);
  await triggerThenStroke(page, { click: useAsInit }, { x: 60, y: 420 }, { x: 460, y: 440 });
  await expect(ui.mode).toContainText('Image to image');
  expect(await canvasBusySeen(page)).toEqual({ ariaBusy: true, loadingStatus: true });
  await expect(ui.region).toHaveAttribute('aria-busy', 'false');
  // The result opened with a fresh mask: the stroke is not on it…
  expect((await maskStats(page)).nonZero).toBe(0);

  // …nor on the image it replaced, which comes back with exactly its own mask.
  await page.keyboard.press('Control+z');
  await expect(ui.mode).toContainText('Inpainting');
  await expectExampleWithMask(s, painted);
});

for (const via of DELIVERIES) {
  test(`a stroke drawn in the same instant as an image ${via} is refused visibly and lands on neither image`, async ({
    page,
  }) => {
    const s = await openCanvasStudio(page);
    const ui = canvasUi(page);
    const painted = await paintedExample(page, s);
    await watchCanvasBusy(page);
    await triggerThenStroke(page, { deliver: via, png: await makePng(512, 512) }, { x: 60, y: 420 }, B);
    await expect(ui.mode).toContainText('Image to image');
    await expect(ui.region).toHaveAttribute('aria-busy', 'false');
    expect(await canvasBusySeen(page)).toEqual({ ariaBusy: true, loadingStatus: true });
    // Not on the new image…
    expect((await maskStats(page)).nonZero).toBe(0);
    // …nor on the one it replaced, which comes back with exactly its own mask.
    await page.keyboard.press('Control+z');
    await expect(ui.mode).toContainText('Inpainting');
    await expectExampleWithMask(s, painted);

    // The control: once loaded, the very same synthetic stroke is taken.
    await page.keyboard.press('Control+Shift+z');
    await expect(ui.mode).toContainText('Image to image');
    await expect(ui.region).toHaveAttribute('aria-busy', 'false');
    await triggerThenStroke(page, { click: ui.brush }, A, B);
    await expect.poll(async () => (await maskStats(page)).nonZero).toBeGreaterThan(1000);
  });
}

test('“Reuse all” brings back a result’s image and mask as one undo step', async ({ page }) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  const painted = await paintedExample(page, s);
  await expect(s.results).toHaveCount(1);
  const other = await makePng(512, 512);
  await uploadImage(page, { name: 'other.png', mimeType: 'image/png', buffer: other });
  await expect(ui.mode).toContainText('Image to image');

  await s.results.first().getByRole('button', { name: 'Reuse all', exact: true }).click();
  await expect(ui.mode).toContainText('Inpainting');
  await expectExampleWithMask(s, painted);

  // One step back is the image before "Reuse all", with its (empty) mask: not the result's image unmasked.
  await page.keyboard.press('Control+z');
  await expect(ui.mode).toContainText('Image to image');
  const before = await generateAndRead(s);
  expect(before.initImage.equals(other)).toBe(true);
  expect(before.maskImage).toBeNull();
});
