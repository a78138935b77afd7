import { expect, test } from './fixtures';
import {
  canvasUi,
  decode,
  makePng,
  openCanvasStudio,
  readMultipart,
  uploadImage,
  waitForStage,
} from './fixtures/canvas';

/** The engine rule of stable-diffusion-v1-5 (the default engine), API.md. */
function validForDefaultEngine(w: number, h: number): boolean {
  return w % 64 === 0 && h % 64 === 0 && w >= 128 && h >= 128 && w * h >= 262_144 && w * h <= 1_048_576;
}

/** The crop area's size and place, as its accessible name says them. */
async function cropArea(page: import('@playwright/test').Page) {
  const area = canvasUi(page).sizeDialog.getByRole('img', { name: /^Crop area/ });
  const m = /Crop area (\d+)×(\d+) at (\d+), (\d+)/.exec((await area.getAttribute('aria-label')) ?? '');
  if (!m) throw new Error('the crop area names no size');
  const [width, height, x, y] = m.slice(1).map(Number) as [number, number, number, number];
  return { area, width, height, x, y };
}

test('Crop cuts a valid-size region out of a 1000×700 image, moved by the keyboard, without scaling', async ({
  page,
}) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  const source = await makePng(1000, 700);
  await uploadImage(page, { name: 'wide.png', mimeType: 'image/png', buffer: source });
  await expect(ui.sizeDialog).toBeVisible();
  const start = await cropArea(page);
  expect([start.width, start.height]).toEqual([960, 640]);
  await start.area.press('ArrowRight');
  await start.area.press('ArrowUp');
  await expect(start.area).toHaveAccessibleName(
    `Crop area 960×640 at ${start.x + 8}, ${start.y - 8}; drag or use the arrow keys to move it`,
  );
  const crop = ui.sizeDialog.getByRole('button', { name: 'Crop', exact: true });
  await expect(crop).toBeEnabled();
  await crop.click();
  await expect(ui.sizeDialog).toBeHidden();
  await waitForStage(page);

  await s.generate.click();
  const init = await decode((await readMultipart(await s.sent.next())).initImage, 'rgba');
  expect([init.width, init.height]).toEqual([960, 640]);
  expect(validForDefaultEngine(init.width, init.height)).toBe(true);
  const src = await decode(source, 'rgba');
  const [x0, y0] = [start.x + 8, start.y - 8];
  let off = 0;
  for (let y = 0; y < init.height; y++)
    for (let x = 0; x < init.width; x++)
      for (let c = 0; c < 3; c++)
        if (init.data[(y * init.width + x) * 4 + c] !== src.data[((y + y0) * 1000 + x + x0) * 4 + c]) off++;
  expect(off).toBe(0);
});

test('a 500×375 image for a 512-class engine: Crop is disabled with the reason, Resize is offered and works', async ({
  page,
}) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  await uploadImage(page, { name: 'photo.png', mimeType: 'image/png', buffer: await makePng(500, 375) });
  await expect(ui.sizeDialog).toBeVisible();
  const crop = ui.sizeDialog.getByRole('button', { name: 'Crop', exact: true });
  await expect(crop).toBeDisabled();
  const reason = /Nothing to crop: every size stable-diffusion-v1-5 accepts is wider or taller than 500×375/;
  await expect(crop).toHaveAccessibleDescription(reason);
  await expect(ui.sizeDialog.getByText(reason)).toBeVisible();
  // No crop area to move: there is no region to keep.
  await expect(ui.sizeDialog.getByRole('img', { name: /^Crop area/ })).toHaveCount(0);

  const resize = ui.sizeDialog.getByRole('button', { name: 'Resize', exact: true });
  await expect(resize).toBeFocused();
  const m = /(\d+)×(\d+)/.exec((await resize.textContent()) ?? '');
  if (!m) throw new Error('Resize button names no size');
  const target = { width: Number(m[1]), height: Number(m[2]) };
  expect(validForDefaultEngine(target.width, target.height)).toBe(true);
  await expect(
    ui.sizeDialog.getByText(`Resize scales the whole image to ${target.width}×${target.height}`),
  ).toBeVisible();
  await resize.click();
  await expect(ui.sizeDialog).toBeHidden();
  await waitForStage(page);

  await s.generate.click();
  const init = await decode((await readMultipart(await s.sent.next())).initImage, 'rgba');
  expect({ width: init.width, height: init.height }).toEqual(target);
});
