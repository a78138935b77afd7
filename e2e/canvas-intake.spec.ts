import type { JSHandle, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  canvasUi,
  decode,
  makePng,
  maskStats,
  openCanvasStudio,
  readFixture,
  readMultipart,
  uploadExample,
  uploadImage,
  waitForStage,
} from './fixtures/canvas';

/** A DataTransfer in the page holding `bytes` as one PNG file, as a drop or paste would carry it. */
function pageDataTransfer(page: Page, bytes: Buffer, name: string): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle(
    ({ b64, name }) => {
      const bin = atob(b64);
      const data = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) data[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([data], name, { type: 'image/png' }));
      return dt;
    },
    { b64: bytes.toString('base64'), name },
  );
}

/** Width and height as the size fields show them (locked to the init image in the image modes). */
async function shownSize(page: Page) {
  const width = page.getByRole('spinbutton', { name: 'Width', exact: true });
  const height = page.getByRole('spinbutton', { name: 'Height', exact: true });
  await expect(width).toBeDisabled();
  return { width: Number(await width.inputValue()), height: Number(await height.inputValue()) };
}

/** The engine rule of stable-diffusion-v1-5 (the default engine), API.md. */
function validForDefaultEngine(w: number, h: number): boolean {
  return w % 64 === 0 && h % 64 === 0 && w >= 128 && h >= 128 && w * h >= 262_144 && w * h <= 1_048_576;
}

test('a 700×700 image opens the size dialog; Crop sends exactly the chosen 640×640 area', async ({
  page,
}) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  const source = await makePng(700, 700);
  await uploadImage(page, { name: 'square.png', mimeType: 'image/png', buffer: source });
  await expect(ui.sizeDialog).toBeVisible();
  const area = ui.sizeDialog.getByRole('img', { name: /^Crop area/ });
  const label = (await area.getAttribute('aria-label')) ?? '';
  const m = /Crop area (\d+)×(\d+) at (\d+), (\d+)/.exec(label);
  if (!m) throw new Error(`unexpected crop label: ${label}`);
  const [w, h, x0, y0] = m.slice(1).map(Number) as [number, number, number, number];
  expect([w, h]).toEqual([640, 640]);
  await ui.sizeDialog.getByRole('button', { name: 'Crop', exact: true }).click();
  await expect(ui.sizeDialog).toBeHidden();
  await waitForStage(page);
  expect(await shownSize(page)).toEqual({ width: 640, height: 640 });

  await s.generate.click();
  const request = await s.sent.next();
  expect(request.endpoint).toBe('image-to-image');
  const init = await decode((await readMultipart(request)).initImage, 'rgba');
  expect([init.width, init.height]).toEqual([640, 640]);
  const src = await decode(source, 'rgba');
  let off = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      for (let c = 0; c < 3; c++) {
        const a = init.data[(y * w + x) * 4 + c] as number;
        const b = src.data[((y + y0) * 700 + x + x0) * 4 + c] as number;
        if (a !== b) off++;
      }
  expect(off).toBe(0);
});

test('a 500×375 image resized through the dialog is sent at a size the engine accepts', async ({ page }) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  await uploadImage(page, { name: 'photo.png', mimeType: 'image/png', buffer: await makePng(500, 375) });
  await expect(ui.sizeDialog).toBeVisible();
  const resize = ui.sizeDialog.getByRole('button', { name: 'Resize', exact: true });
  const m = /(\d+)×(\d+)/.exec((await resize.textContent()) ?? '');
  if (!m) throw new Error('Resize button names no size');
  const target = { width: Number(m[1]), height: Number(m[2]) };
  expect(validForDefaultEngine(target.width, target.height)).toBe(true);
  await resize.click();
  await expect(ui.sizeDialog).toBeHidden();
  await waitForStage(page);
  expect(await shownSize(page)).toEqual(target);

  await s.generate.click();
  const request = await s.sent.next();
  expect(request.endpoint).toBe('image-to-image');
  const init = await decode((await readMultipart(request)).initImage, 'rgba');
  expect({ width: init.width, height: init.height }).toEqual(target);
});

test('Cancel in the size dialog changes nothing: the open image stays and is what gets sent', async ({
  page,
}) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  await uploadExample(page);
  await uploadImage(page, { name: 'big.png', mimeType: 'image/png', buffer: await makePng(700, 700) });
  await expect(ui.sizeDialog).toBeVisible();
  // Ctrl/⌘+Enter reaches past the modal dialog, so Generate itself waits for an answer.
  await expect(s.generate).toBeDisabled();
  await expect(page.getByText('Choose Crop, Resize or Cancel in the Image size dialog first.')).toBeVisible();
  await ui.sizeDialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(ui.sizeDialog).toBeHidden();
  expect(await maskStats(page)).toMatchObject({ width: 512, height: 512, nonZero: 0 });
  expect(await shownSize(page)).toEqual({ width: 512, height: 512 });
  await expect(ui.mode).toContainText('Image to image');

  await s.generate.click();
  const sent = await readMultipart(await s.sent.next());
  expect(sent.initImage.equals(readFixture('init_image.png'))).toBe(true);
});

test('pasting an image (Ctrl/Cmd+V) opens it as the init image', async ({ page }) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  await expect(ui.mode).toContainText('Text to image');
  const dt = await pageDataTransfer(page, readFixture('init_image.png'), 'pasted.png');
  await page.evaluate((clipboardData) => {
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    );
  }, dt);
  await expect(ui.mode).toContainText('Image to image');
  await expect.poll(() => maskStats(page)).toMatchObject({ width: 512, height: 512 });

  await s.generate.click();
  const request = await s.sent.next();
  expect(request.endpoint).toBe('image-to-image');
  expect((await readMultipart(request)).initImage.equals(readFixture('init_image.png'))).toBe(true);
});

test('dropping an image file on the Canvas region opens it as the init image', async ({ page }) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  const dataTransfer = await pageDataTransfer(page, readFixture('init_image.png'), 'dropped.png');
  await ui.region.dispatchEvent('dragenter', { dataTransfer });
  await ui.region.dispatchEvent('dragover', { dataTransfer });
  await ui.region.dispatchEvent('drop', { dataTransfer });
  await expect(ui.mode).toContainText('Image to image');
  await expect.poll(() => maskStats(page)).toMatchObject({ width: 512, height: 512 });

  await s.generate.click();
  const request = await s.sent.next();
  expect(request.endpoint).toBe('image-to-image');
  expect((await readMultipart(request)).initImage.equals(readFixture('init_image.png'))).toBe(true);
});
