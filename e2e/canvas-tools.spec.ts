import { expect, test } from './fixtures';
import {
  canvasUi,
  decode,
  distanceToSegment,
  dragStroke,
  loadMaskInPage,
  maskStats,
  openCanvasStudio,
  openMoreTools,
  readFixture,
  readMultipart,
  setSlider,
  uploadExample,
  type Raw,
} from './fixtures/canvas';
import type { Page } from '@playwright/test';

/** A hard 40 px brush (and eraser): every pixel centre within 20 px of the stroke is fully affected. */
const RADIUS = 20;
/** Antialiasing and pointer-to-image rounding allowance at a stroke's edge (image pixels). */
const EDGE = 1.5;
const A = { x: 80, y: 256 };
const B = { x: 430, y: 256 };

/** Uploads the example, picks a hard 40 px brush and paints A→B. */
async function paintStroke(page: Page) {
  await uploadExample(page);
  const ui = canvasUi(page);
  await ui.brush.click();
  await setSlider(page, 'Brush size', 2 * RADIUS);
  await setSlider(page, 'Brush hardness', 100);
  await dragStroke(page, A, B);
  await expect(ui.mode).toContainText('Inpainting');
}

/** Pixels whose value breaks `want` (null = no claim), as readable strings. */
function mismatches(mask: Raw, want: (x: number, y: number) => number | null): string[] {
  const out: string[] = [];
  for (let y = 0; y < mask.height; y++)
    for (let x = 0; x < mask.width; x++) {
      const w = want(x, y);
      const v = mask.data[y * mask.width + x];
      if (w !== null && v !== w) out.push(`(${x},${y}) is ${v}, want ${w}`);
    }
  return out;
}

/** White within the stroke's radius, black beyond it (no claim on the antialiased rim). */
const strokeMask = (x: number, y: number, a = A, b = B): number | null => {
  const d = distanceToSegment(x, y, a, b);
  return d <= RADIUS - EDGE ? 255 : d >= RADIUS + EDGE ? 0 : null;
};

test('the Eraser takes part of a stroke out of the outgoing mask', async ({ page }) => {
  const s = await openCanvasStudio(page);
  await paintStroke(page);
  const ui = canvasUi(page);
  await ui.eraser.click();
  await expect(ui.eraser).toHaveAttribute('aria-pressed', 'true');
  const C = { x: 256, y: 180 };
  const D = { x: 256, y: 330 };
  await dragStroke(page, C, D);

  await s.generate.click();
  const sent = await readMultipart(await s.sent.next());
  if (!sent.maskImage) throw new Error('no mask_image');
  const mask = await decode(sent.maskImage, 'grey');
  const wrong = mismatches(mask, (x, y) => {
    const erased = distanceToSegment(x, y, C, D);
    if (erased <= RADIUS - EDGE) return 0;
    if (erased < RADIUS + EDGE) return null;
    return strokeMask(x, y);
  });
  expect(wrong.slice(0, 10)).toEqual([]);
  // Both ends of the stroke are still there.
  expect(mask.data[256 * 512 + 120]).toBe(255);
  expect(mask.data[256 * 512 + 400]).toBe(255);
});

test('undo empties the mask (image-to-image is sent) and redo brings the same stroke back', async ({
  page,
}) => {
  const s = await openCanvasStudio(page);
  await paintStroke(page);
  const ui = canvasUi(page);

  await s.generate.click();
  const first = await s.sent.next();
  expect(first.endpoint).toBe('image-to-image/masking');
  const before = await readMultipart(first);

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await maskStats(page)).nonZero).toBe(0);
  await expect(ui.mode).toContainText('Image to image');
  await expect(ui.redo).toBeEnabled();
  await s.generate.click();
  const second = await s.sent.next();
  expect(second.endpoint).toBe('image-to-image');
  const plain = await readMultipart(second);
  expect(plain.maskImage).toBeNull();
  expect(plain.options.mask_source).toBeUndefined();

  await page.keyboard.press('Control+Shift+z');
  await expect(ui.mode).toContainText('Inpainting');
  await s.generate.click();
  const third = await s.sent.next();
  expect(third.endpoint).toBe('image-to-image/masking');
  const after = await readMultipart(third);
  if (!before.maskImage || !after.maskImage) throw new Error('mask missing');
  const [m1, m2] = await Promise.all([decode(before.maskImage, 'grey'), decode(after.maskImage, 'grey')]);
  expect(m2.data.equals(m1.data)).toBe(true);
  expect(mismatches(m2, (x, y) => strokeMask(x, y)).slice(0, 10)).toEqual([]);
});

test('Invert mask sends black under the stroke and white everywhere else', async ({ page }) => {
  const s = await openCanvasStudio(page);
  await paintStroke(page);
  await openMoreTools(page);
  await canvasUi(page).invert.click();
  await s.generate.click();
  const sent = await readMultipart(await s.sent.next());
  if (!sent.maskImage) throw new Error('no mask_image');
  const mask = await decode(sent.maskImage, 'grey');
  expect([mask.width, mask.height]).toEqual([512, 512]);
  const wrong = mismatches(mask, (x, y) => {
    const v = strokeMask(x, y);
    return v === null ? null : 255 - v;
  });
  expect(wrong.slice(0, 10)).toEqual([]);
});

test('a hidden mask still applies, and the studio says so', async ({ page }) => {
  const s = await openCanvasStudio(page);
  await paintStroke(page);
  const ui = canvasUi(page);
  await ui.hideMask.click();
  await expect(ui.showMask).toBeVisible();
  await expect(page.getByRole('note')).toContainText('still applies');
  await s.generate.click();
  const request = await s.sent.next();
  expect(request.endpoint).toBe('image-to-image/masking');
  const sent = await readMultipart(request);
  if (!sent.maskImage) throw new Error('no mask_image');
  const mask = await decode(sent.maskImage, 'grey');
  expect(mismatches(mask, (x, y) => strokeMask(x, y)).slice(0, 10)).toEqual([]);
});

test('loadMask (the gallery’s “Reuse all”) puts the example white mask on the canvas as one undo step', async ({
  page,
}) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  await uploadExample(page);
  const fixture = await decode(readFixture('mask_image_white.png'), 'grey');
  await loadMaskInPage(page, readFixture('mask_image_white.png'));
  await expect(ui.mode).toContainText('Inpainting');

  await page.keyboard.press('Control+Enter');
  const sent = await readMultipart(await s.sent.next());
  if (!sent.maskImage) throw new Error('no mask_image');
  const mask = await decode(sent.maskImage, 'grey');
  expect([mask.width, mask.height]).toEqual([512, 512]);
  expect(mask.data.equals(fixture.data)).toBe(true);

  await ui.undo.click();
  await expect.poll(async () => (await maskStats(page)).nonZero).toBe(0);
  await expect(ui.mode).toContainText('Image to image');
});
