import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test } from './fixtures';
import {
  canvasUi,
  decode,
  dragStroke,
  maskStats,
  openCanvasStudio,
  readMultipart,
  uploadExample,
} from './fixtures/canvas';

/**
 * A `width`×`height` greyscale mask: a white rectangle, a horizontal grey ramp (partial strengths) and
 * black elsewhere, so a mask sent scaled, shifted, thresholded or inverted differs from it.
 */
function makeMask(width: number, height: number): Promise<Buffer> {
  const data = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const inRect = x >= 100 && x < 300 && y >= 150 && y < 350;
      const inRamp = y >= 400 && y < 450;
      data[y * width + x] = inRect ? 255 : inRamp ? Math.round((x * 255) / (width - 1)) : 0;
    }
  return sharp(data, { raw: { width, height, channels: 1 } })
    .png()
    .toBuffer();
}

/** Loads `bytes` through the "Load mask" button's file chooser, as a user would. */
async function loadMaskFile(page: Page, bytes: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Load mask', exact: true }).click();
  await (await chooser).setFiles({ name: 'mask.png', mimeType: 'image/png', buffer: bytes });
}

/** Opens the example, paints one stroke and returns the mask's stats (the state a loaded mask replaces). */
async function examplePainted(page: Page) {
  await uploadExample(page);
  await dragStroke(page, { x: 40, y: 40 }, { x: 200, y: 60 });
  await expect(canvasUi(page).mode).toContainText('Inpainting');
  const painted = await maskStats(page);
  expect(painted.nonZero).toBeGreaterThan(0);
  return painted;
}

/** How many of the mask's bytes differ from `expected(i)`. */
function differing(mask: Buffer, expected: (i: number) => number): number {
  let off = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i] !== expected(i)) off++;
  return off;
}

test('"Load mask" replaces the mask with the file as one undo step; the mask sent equals the file', async ({
  page,
}) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  const painted = await examplePainted(page);

  const file = await makeMask(512, 512);
  const fileMask = (await decode(file, 'grey')).data;
  await loadMaskFile(page, file);
  await expect.poll(async () => (await maskStats(page)).sum).toBe(fileMask.reduce((a, v) => a + v, 0));

  await s.generate.click();
  const sent = await readMultipart(await s.sent.next());
  expect(sent.options.mask_source).toBe('MASK_IMAGE_WHITE');
  if (!sent.maskImage) throw new Error('no mask was sent');
  const mask = await decode(sent.maskImage, 'grey');
  expect([mask.width, mask.height]).toEqual([512, 512]);
  expect(differing(mask.data, (i) => fileMask[i] as number)).toBe(0);

  // One undo step: the stroke painted before comes back exactly, and a redo loads the file's mask again.
  await ui.undo.click();
  await expect.poll(() => maskStats(page)).toEqual(painted);
  await ui.redo.click();
  await expect.poll(async () => (await maskStats(page)).sum).toBe(fileMask.reduce((a, v) => a + v, 0));
});

test('a mask of another size is refused with both sizes named, and the painted mask is kept', async ({
  page,
}) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  const painted = await examplePainted(page);

  await loadMaskFile(page, await makeMask(300, 200));
  await expect(page.getByRole('alert')).toContainText(
    "The mask is 300×200 but the init image is 512×512; a mask must have the image's size (or its shape, to be scaled), so it cannot be lined up with it. The mask on the canvas is unchanged.",
  );
  expect(await maskStats(page)).toEqual(painted);
  await expect(ui.mode).toContainText('Inpainting');
  // Nothing was added to the history: undo removes the stroke itself.
  await ui.undo.click();
  await expect.poll(async () => (await maskStats(page)).nonZero).toBe(0);
  await expect(s.generate).toBeEnabled();
});

test('mask source "black = repaint" is offered and sent: mask_source MASK_IMAGE_BLACK with the mask inverted', async ({
  page,
}) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  await uploadExample(page);
  const file = await makeMask(512, 512);
  const fileMask = (await decode(file, 'grey')).data;
  await loadMaskFile(page, file);
  await expect(ui.mode).toContainText('Inpainting');

  await ui.maskSource.selectOption({ label: 'Painted mask, sent black = repaint' });
  await expect(ui.maskSource).toHaveValue('MASK_IMAGE_BLACK');
  await expect(s.generate).toBeEnabled();
  await s.generate.click();
  const request = await s.sent.next();
  expect(request.endpoint).toBe('image-to-image/masking');
  const sent = await readMultipart(request);
  expect(sent.options.mask_source).toBe('MASK_IMAGE_BLACK');
  if (!sent.maskImage) throw new Error('no mask was sent');
  // The area shown (the file's white) is black on the wire: the same area is repainted.
  const mask = await decode(sent.maskImage, 'grey');
  expect(differing(mask.data, (i) => 255 - (fileMask[i] as number))).toBe(0);
  await expect(s.results).toHaveCount(1);
});
