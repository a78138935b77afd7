import { expect, test } from './fixtures';
import {
  canvasUi,
  decode,
  dragStroke,
  getView,
  maskStats,
  openCanvasStudio,
  readFixture,
  readMultipart,
  setSlider,
  storedDraft,
  uploadExample,
  waitForStage,
} from './fixtures/canvas';

test('the init image, mask and view survive a reload, and the mask sent afterwards is the same', async ({
  page,
}) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  await uploadExample(page);
  await ui.brush.click();
  await setSlider(page, 'Brush size', 30);
  await dragStroke(page, { x: 100, y: 120 }, { x: 380, y: 400 });
  const box = await ui.stage.boundingBox();
  if (!box) throw new Error('no stage');
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 - 30);
  await page.mouse.wheel(0, 120);
  await expect.poll(async () => (await getView(page)).scale).toBeLessThan(1.2);
  const view = await getView(page);
  const mask = await maskStats(page);
  expect(mask.nonZero).toBeGreaterThan(0);

  // The debounced save lands with all three parts and the view as it is now.
  await expect.poll(() => storedDraft(page)).toEqual({ keys: ['initImage', 'maskImage', 'view'], view });

  await s.generate.click();
  const before = await readMultipart(await s.sent.next());

  await page.reload();
  await expect(ui.mode).toContainText('Inpainting');
  await waitForStage(page);
  await expect.poll(() => maskStats(page)).toEqual(mask);
  await expect.poll(() => getView(page)).toEqual(view);
  // Restoring is not an undo step.
  await expect(ui.undo).toBeDisabled();

  await page.getByRole('textbox', { name: 'Prompt 1', exact: true }).fill('a red rose in a garden');
  await s.generate.click();
  const after = await readMultipart(await s.sent.next());
  expect(after.initImage.equals(readFixture('init_image.png'))).toBe(true);
  if (!before.maskImage || !after.maskImage) throw new Error('mask missing');
  const [m1, m2] = await Promise.all([decode(before.maskImage, 'grey'), decode(after.maskImage, 'grey')]);
  expect(m2.data.equals(m1.data)).toBe(true);
});

test('removing the image clears the stored draft, so a reload starts empty', async ({ page }) => {
  await openCanvasStudio(page);
  const ui = canvasUi(page);
  await uploadExample(page);
  await expect.poll(async () => (await storedDraft(page)).keys).toEqual(['initImage', 'view']);
  await page.getByRole('button', { name: 'Remove image', exact: true }).click();
  await expect.poll(async () => (await storedDraft(page)).keys).toEqual([]);
  await page.reload();
  await expect(ui.mode).toContainText('Text to image');
  await expect(ui.upload).toBeVisible();
});
