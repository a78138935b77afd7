import { expect, readArtifacts, test } from './fixtures';
import {
  canvasUi,
  decode,
  distanceToSegment,
  dragStroke,
  expectNextRunFrom,
  getView,
  isGeneration,
  maskStats,
  openCanvasStudio,
  readFixture,
  readMultipart,
  setSlider,
  uploadExample,
  type Raw,
} from './fixtures/canvas';

/** A hard 40 px brush: every pixel centre within 20 px of the stroke is fully white. */
const BRUSH = 40;
const RADIUS = BRUSH / 2;
/** Antialiasing and pointer-to-image rounding allowance at the stroke's edge (image pixels). */
const EDGE = 1.5;
const A = { x: 96.25, y: 200.5 };
const B = { x: 400.75, y: 300.25 };

function pixelAt(img: Raw, x: number, y: number): number[] {
  const i = (y * img.width + x) * img.channels;
  return [...img.data.subarray(i, i + img.channels)];
}

test('a stroke at a non-100 % zoom is sent as a 512×512 mask, and only that area is repainted', async ({
  page,
}) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  await expect(ui.mode).toContainText('Text to image');
  await uploadExample(page);

  // Zoom in with the wheel over the stage's centre (towards the pointer), away from both fit and 100 %.
  await page.keyboard.press('Control+0');
  const fitted = await getView(page);
  const box = await ui.stage.boundingBox();
  if (!box) throw new Error('no stage');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -120);
  await expect.poll(async () => (await getView(page)).scale).toBeGreaterThan(fitted.scale);
  const view = await getView(page);
  expect(Math.abs(view.scale - 1)).toBeGreaterThan(0.05);

  await ui.brush.click();
  await setSlider(page, 'Brush size', BRUSH);
  await setSlider(page, 'Brush hardness', 100);
  await dragStroke(page, A, B);
  await expect(ui.mode).toContainText('Inpainting');
  await expect(ui.maskSource).toHaveValue('MASK_IMAGE_WHITE');
  // The view never changed while painting, so the endpoints map back exactly.
  expect(await getView(page)).toEqual(view);

  const responsePromise = page.waitForResponse((r) => isGeneration(r.request(), 'image-to-image/masking'));
  await s.generate.click();
  const request = await s.sent.next();
  expect(request.endpoint).toBe('image-to-image/masking');
  const sent = await readMultipart(request);
  const response = await responsePromise;
  expect(response.status()).toBe(200);

  expect(sent.options).toMatchObject({
    mask_source: 'MASK_IMAGE_WHITE',
    text_prompts: [{ text: 'a red rose in a garden' }],
  });
  expect(sent.options.width).toBeUndefined();
  // The untouched PNG goes out byte for byte.
  expect(sent.initImage.equals(readFixture('init_image.png'))).toBe(true);
  if (!sent.maskImage) throw new Error('no mask_image part');
  const mask = await decode(sent.maskImage, 'grey');
  expect([mask.width, mask.height, mask.channels]).toEqual([512, 512, 1]);
  let inside = 0;
  const wrong: string[] = [];
  for (let y = 0; y < 512; y++)
    for (let x = 0; x < 512; x++) {
      const d = distanceToSegment(x, y, A, B);
      const v = mask.data[y * 512 + x] as number;
      if (d <= RADIUS - EDGE) {
        inside++;
        if (v !== 255) wrong.push(`(${x},${y}) d=${d.toFixed(2)} is ${v}, want 255`);
      } else if (d >= RADIUS + EDGE && v !== 0) wrong.push(`(${x},${y}) d=${d.toFixed(2)} is ${v}, want 0`);
    }
  expect(wrong.slice(0, 10)).toEqual([]);
  expect(inside).toBeGreaterThan(10_000);

  // The result: new pixels inside the stroke, the init image's exact pixels outside it.
  const [artifact] = await readArtifacts(response);
  if (!artifact) throw new Error('no artifact');
  const result = await decode(Buffer.from(artifact.base64, 'base64'), 'rgba');
  const init = await decode(readFixture('init_image.png'), 'rgba');
  expect([result.width, result.height]).toEqual([512, 512]);
  let changedInside = 0;
  let core = 0;
  const changedOutside: string[] = [];
  for (let y = 0; y < 512; y++)
    for (let x = 0; x < 512; x++) {
      const d = distanceToSegment(x, y, A, B);
      const same = pixelAt(result, x, y).every((c, i) => c === pixelAt(init, x, y)[i]);
      if (d <= RADIUS - EDGE - 1) {
        core++;
        if (!same) changedInside++;
      } else if (d >= RADIUS + EDGE && !same) changedOutside.push(`(${x},${y})`);
    }
  expect(changedOutside.slice(0, 10)).toEqual([]);
  expect(changedInside / core).toBeGreaterThan(0.9);

  // The result is in the gallery, and the mask stays for another run of the same area.
  await expect(s.results).toHaveCount(1);
  expect((await maskStats(page)).nonZero).toBeGreaterThan(inside);
  await expect(ui.mode).toContainText('Inpainting');
});

test('“Use as init image” on a result puts it on the canvas, and the next run starts from its pixels', async ({
  page,
}) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  await uploadExample(page);
  await ui.brush.click();
  await dragStroke(page, A, B);
  const responsePromise = page.waitForResponse((r) => isGeneration(r.request(), 'image-to-image/masking'));
  await s.generate.click();
  await s.sent.next();
  const [artifact] = await readArtifacts(await responsePromise);
  if (!artifact) throw new Error('no artifact');
  await expect(s.results).toHaveCount(1);

  await s.results.first().getByRole('button', { name: 'Use as init image', exact: true }).click();
  // A new init image comes with a fresh, empty mask.
  await expectNextRunFrom(page, s.sent, Buffer.from(artifact.base64, 'base64'));

  // The canvas recorded where its image came from: the new result names the first as its parent.
  await expect(s.results).toHaveCount(2);
  await s.results.first().getByRole('img').dblclick();
  const viewer = page.getByRole('dialog', { name: 'Result', exact: true });
  await expect(viewer.getByText('Derived from')).toBeVisible();
});
