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
  uploadImage,
} from './fixtures/canvas';
import sharp from 'sharp';

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

test('"Mask source" set to the init image’s transparency inpaints the transparent hole without a mask part', async ({
  page,
}) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  // The example picture, made fully opaque (its own alpha dips to 243 here and there, which would
  // repaint a little by the API's linear rule), with a fully transparent 100×100 hole.
  const { data, info } = await sharp(readFixture('init_image.png'))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const inHole = (x: number, y: number) => x >= 200 && x < 300 && y >= 200 && y < 300;
  for (let y = 0; y < 512; y++)
    for (let x = 0; x < 512; x++) data[(y * 512 + x) * 4 + 3] = inHole(x, y) ? 0 : 255;
  const holed = await sharp(data, { raw: { width: info.width, height: info.height, channels: 4 } })
    .png()
    .toBuffer();
  await uploadImage(page, { name: 'holed.png', mimeType: 'image/png', buffer: holed });
  await expect(ui.mode).toContainText('Image to image');
  await ui.maskSource.selectOption('INIT_IMAGE_ALPHA');
  await expect(ui.mode).toContainText('Inpainting');

  const response = page.waitForResponse((r) => isGeneration(r.request(), 'image-to-image/masking'));
  await s.generate.click();
  const request = await s.sent.next();
  expect(request.endpoint).toBe('image-to-image/masking');
  const sent = await readMultipart(request);
  expect(sent.options.mask_source).toBe('INIT_IMAGE_ALPHA');
  expect(sent.maskImage).toBeNull();
  expect(sent.initImage.equals(holed)).toBe(true);

  const [artifact] = await readArtifacts(await response);
  if (!artifact) throw new Error('no artifact');
  const [result, init] = await Promise.all([
    decode(Buffer.from(artifact.base64, 'base64'), 'rgba'),
    decode(holed, 'rgba'),
  ]);
  let changedOutside = 0;
  let changedInside = 0;
  for (let y = 0; y < 512; y++)
    for (let x = 0; x < 512; x++) {
      const i = (y * 512 + x) * 4;
      const same = result.data.subarray(i, i + 4).equals(init.data.subarray(i, i + 4));
      if (inHole(x, y)) changedInside += same ? 0 : 1;
      else changedOutside += same ? 0 : 1;
    }
  expect(changedOutside).toBe(0);
  expect(changedInside).toBeGreaterThan(0.9 * 100 * 100);
});

test('an engine that refuses the init image’s size blocks Generate until the image is resized for it', async ({
  page,
}) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  await uploadExample(page);
  await s.engine.selectOption('stable-diffusion-xl-1024-v1-0');
  await expect(s.generate).toBeDisabled();
  await expect(page.getByText(/^The init image's size does not suit this engine/)).toBeVisible();

  await page.getByRole('button', { name: 'Crop or resize…', exact: true }).click();
  await expect(ui.sizeDialog).toBeVisible();
  await ui.sizeDialog.getByRole('button', { name: 'Resize', exact: true }).click();
  await expect(ui.sizeDialog).toBeHidden();
  await expect(page.getByRole('spinbutton', { name: 'Width', exact: true })).toHaveValue('1024');
  await expect(s.generate).toBeEnabled();
  await s.generate.click();
  const request = await s.sent.next();
  expect(request.endpoint).toBe('image-to-image');
  const init = await decode((await readMultipart(request)).initImage, 'rgba');
  expect([init.width, init.height]).toEqual([1024, 1024]);
});
