import { expect, readArtifacts, test } from './fixtures';
import {
  canvasUi,
  decode,
  isGeneration,
  openCanvasStudio,
  readFixture,
  readMultipart,
  setSlider,
  uploadExample,
} from './fixtures/canvas';

test('image-to-image sends step_schedule_start = 1 − "Image strength"; strength 1 returns the init pixels', async ({
  page,
}) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  await expect(ui.imageStrength).toBeHidden();
  await uploadExample(page);
  await expect(ui.mode).toContainText('Image to image');
  // The size is the init image's own: shown, locked.
  await expect(page.getByRole('spinbutton', { name: 'Width', exact: true })).toBeDisabled();

  await setSlider(page, 'Image strength', 0.3);
  await s.generate.click();
  const first = await s.sent.next();
  expect(first.endpoint).toBe('image-to-image');
  const sent = await readMultipart(first);
  expect(sent.options.step_schedule_start).toBe(0.7);
  expect(sent.options.step_schedule_end).toBe(0.01);
  expect(sent.options.width).toBeUndefined();
  expect(sent.options.mask_source).toBeUndefined();
  expect(sent.maskImage).toBeNull();
  // Let the first run land, so the response awaited below can only be the second one.
  await expect(s.results).toHaveCount(1);

  await setSlider(page, 'Image strength', 1);
  const response = page.waitForResponse((r) => isGeneration(r.request(), 'image-to-image'));
  await s.generate.click();
  const second = await readMultipart(await s.sent.next());
  expect(second.options.step_schedule_start).toBe(0);
  const [artifact] = await readArtifacts(await response);
  if (!artifact) throw new Error('no artifact');
  const [result, init] = await Promise.all([
    decode(Buffer.from(artifact.base64, 'base64'), 'rgba'),
    decode(readFixture('init_image.png'), 'rgba'),
  ]);
  expect(result.data.equals(init.data)).toBe(true);
});

test('step_schedule_end is under Advanced and goes on the wire', async ({ page }) => {
  const s = await openCanvasStudio(page);
  await uploadExample(page);
  const scheduleEnd = page.getByRole('slider', { name: 'Step schedule end', exact: true });
  await expect(scheduleEnd).toBeHidden();
  await page.getByText('Advanced', { exact: true }).click();
  await setSlider(page, 'Step schedule end', 0.2);
  await s.generate.click();
  const sent = await readMultipart(await s.sent.next());
  expect(sent.options.step_schedule_end).toBe(0.2);
});

test('removing the init image goes back to text-to-image with the chosen size', async ({ page }) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  await uploadExample(page);
  await page.getByRole('button', { name: 'Remove image', exact: true }).click();
  await expect(ui.mode).toContainText('Text to image');
  await expect(page.getByRole('spinbutton', { name: 'Width', exact: true })).toBeEnabled();
  await s.generate.click();
  expect((await s.sent.next()).endpoint).toBe('text-to-image');
});
