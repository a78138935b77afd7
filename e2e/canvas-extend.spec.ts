import { chooseApiVersion, expect, test } from './fixtures';
import {
  canvasUi,
  decode,
  dragStroke,
  maskStats,
  openCanvasStudio,
  openMoreTools,
  readFixture,
  readFormParts,
  readMultipart,
  samePixels,
  uploadExample,
  type Raw,
} from './fixtures/canvas';
import type { Page } from '@playwright/test';

/** "Extend canvas" is under the canvas toolbar's "More" (its one row has no room left at 1280 px). */
async function openExtendDialog(page: Page): Promise<void> {
  await openMoreTools(page);
  await page.getByRole('button', { name: 'Extend canvas', exact: true }).click();
}

/** Opens "Extend canvas", types the margins and applies them; the dialog closes. */
async function extend(page: Page, margins: Partial<Record<'Left' | 'Right' | 'Top' | 'Bottom', number>>) {
  await openExtendDialog(page);
  const dialog = page.getByRole('dialog', { name: 'Extend canvas', exact: true });
  await expect(dialog).toBeVisible();
  for (const [side, px] of Object.entries(margins)) {
    await dialog.getByRole('spinbutton', { name: side, exact: true }).fill(String(px));
  }
  await dialog.getByRole('button', { name: 'Extend', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Every pixel of `img` where `wrong(x, y, pixel)` says so, as "(x,y)" (the first few). */
function misplaced(img: Raw, wrong: (x: number, y: number, px: Buffer) => boolean): string[] {
  const out: string[] = [];
  for (let y = 0; y < img.height && out.length < 10; y++)
    for (let x = 0; x < img.width && out.length < 10; x++) {
      const i = (y * img.width + x) * img.channels;
      if (wrong(x, y, img.data.subarray(i, i + img.channels))) out.push(`(${x},${y})`);
    }
  return out;
}

test('Extend canvas by 256 on the right sends a 768×512 inpaint masked exactly on the new area; Undo brings back the 512×512 image and its mask', async ({
  page,
}) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  await uploadExample(page);

  // The dialog: a side off the engine's 64 px step is refused with a specific message; presets fill margins.
  await openExtendDialog(page);
  const dialog = page.getByRole('dialog', { name: 'Extend canvas', exact: true });
  const right = dialog.getByRole('spinbutton', { name: 'Right', exact: true });
  await right.fill('100');
  await expect(dialog.getByText('Right must be a multiple of 64 px', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Extend', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: '16:9', exact: true }).click();
  await expect(dialog.getByRole('spinbutton', { name: 'Left', exact: true })).toHaveValue('192');
  await expect(right).toHaveValue('192');
  await expect(dialog.getByRole('status', { name: 'Resulting size', exact: true })).toHaveText(
    'Result: 896×512 px',
  );
  // Escape closes and changes nothing.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await maskStats(page)).toMatchObject({ width: 512, height: 512, nonZero: 0 });

  await extend(page, { Right: 256 });
  await expect.poll(() => maskStats(page)).toMatchObject({ width: 768, height: 512, nonZero: 256 * 512 });
  await expect(ui.mode).toContainText('Inpainting');

  await s.generate.click();
  const request = await s.sent.next();
  expect(request.endpoint).toBe('image-to-image/masking');
  const sent = await readMultipart(request);
  expect(sent.options).toMatchObject({ mask_source: 'MASK_IMAGE_WHITE' });
  if (!sent.maskImage) throw new Error('no mask_image part');
  const mask = await decode(sent.maskImage, 'grey');
  expect([mask.width, mask.height]).toEqual([768, 512]);
  expect(misplaced(mask, (x, _y, [v]) => v !== (x >= 512 ? 255 : 0))).toEqual([]);
  const init = await decode(sent.initImage, 'rgba');
  const original = await decode(readFixture('init_image.png'), 'rgba');
  expect([init.width, init.height]).toEqual([768, 512]);
  expect(
    misplaced(init, (x, y, px) => {
      if (x >= 512) return false;
      const i = (y * 512 + x) * 4;
      return !px.equals(original.data.subarray(i, i + 4));
    }),
  ).toEqual([]);
  // The new area is pre-filled by continuing the edge, not left black: its first column is the edge column
  // blurred by one pixel (each pixel the mean of the three edge pixels beside it).
  const at = (x: number, y: number) => [...init.data.subarray((y * 768 + x) * 4, (y * 768 + x) * 4 + 4)];
  for (const y of [100, 256, 400]) {
    const mean = [0, 1, 2, 3].map((c) =>
      Math.round((at(511, y - 1)[c]! + at(511, y)[c]! + at(511, y + 1)[c]!) / 3),
    );
    expect(at(512, y)).toEqual(mean);
  }
  await expect(s.results).toHaveCount(1);

  // One undo step: the 512×512 picture and its (empty) mask come back, then the next run sends the original.
  await ui.undo.click();
  await expect.poll(() => maskStats(page)).toMatchObject({ width: 512, height: 512, nonZero: 0 });
  await expect(ui.mode).toContainText('Image to image');
  await s.generate.click();
  const after = await readMultipart(await s.sent.next());
  expect(await samePixels(after.initImage, readFixture('init_image.png'))).toBe(true);
});

test('Extend canvas keeps the mask painted before, and Undo restores exactly that mask', async ({ page }) => {
  await openCanvasStudio(page);
  const ui = canvasUi(page);
  await uploadExample(page);
  await ui.brush.click();
  await dragStroke(page, { x: 100, y: 200 }, { x: 300, y: 260 });
  const painted = await maskStats(page);
  expect(painted.nonZero).toBeGreaterThan(1000);

  await extend(page, { Left: 64, Top: 128 });
  // The new area (704×640 minus the 512² picture) plus the stroke, moved with the picture.
  await expect
    .poll(() => maskStats(page))
    .toEqual({
      width: 576,
      height: 640,
      nonZero: 576 * 640 - 512 * 512 + painted.nonZero,
      sum: (576 * 640 - 512 * 512) * 255 + painted.sum,
    });

  await ui.undo.click();
  await expect.poll(() => maskStats(page)).toEqual(painted);
  await ui.redo.click();
  await expect.poll(() => maskStats(page)).toMatchObject({ width: 576, height: 640 });
});

test('with Stable Image (v2beta), Extend canvas sends edit/outpaint: the picture before with right=256', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const s = await openCanvasStudio(page, 'a paper crane');
  await chooseApiVersion(page, 'Stable Image (v2beta)');
  await uploadExample(page);

  await openExtendDialog(page);
  const dialog = page.getByRole('dialog', { name: 'Extend canvas', exact: true });
  await dialog.getByRole('spinbutton', { name: 'Right', exact: true }).fill('256');
  // What will be sent is said before applying.
  await expect(dialog).toContainText(
    'Generate sends the 512×512 picture to edit/outpaint with left 0, right 256, up 0, down 0',
  );
  await dialog.getByRole('button', { name: 'Extend', exact: true }).click();
  await expect(dialog).toBeHidden();

  // The canvas previews the enlarged area; the panel says it is an outpaint and what goes out.
  await expect.poll(() => maskStats(page)).toMatchObject({ width: 768, height: 512, nonZero: 256 * 512 });
  await expect(canvasUi(page).mode).toContainText('Extend canvas');
  await expect(page.getByRole('note', { name: 'Outpaint sent', exact: true })).toContainText(
    'Sends the 512×512 picture with left 0, right 256, up 0, down 0 px.',
  );
  await expect(s.engine).toHaveValue('outpaint');

  await s.seed.fill('5000');
  await s.generate.click();
  const outpaint = await s.sent.next();
  expect(outpaint.path).toBe('/v2beta/stable-image/edit/outpaint');
  const parts = await readFormParts(outpaint);
  const fields = parts.flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : []));
  expect(fields).toEqual([
    ['left', '0'],
    ['right', '256'],
    ['up', '0'],
    ['down', '0'],
    ['prompt', 'a paper crane'],
    ['seed', '5000'],
    ['output_format', 'png'],
  ]);
  const image = parts.find(([name]) => name === 'image')?.[1];
  if (!Buffer.isBuffer(image)) throw new Error('no image part');
  // The picture before, byte for byte: the file that was opened.
  expect(image.equals(readFixture('init_image.png'))).toBe(true);
  expect(parts.some(([name]) => name === 'mask')).toBe(false);
  // The engine answers the enlarged picture.
  await expect(s.resultImage(5000)).toBeVisible({ timeout: 30_000 });

  // Painting more turns it into an inpaint of the enlarged picture.
  await canvasUi(page).brush.click();
  await dragStroke(page, { x: 100, y: 200 }, { x: 300, y: 260 });
  await expect(canvasUi(page).mode).toContainText('Inpainting');
  await expect(s.engine).toHaveValue('inpaint');
});
