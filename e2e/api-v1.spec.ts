import { STYLE_PRESETS } from '../src/lib/api/wire';
import { chooseApiVersion, expect, test } from './fixtures';
import {
  canvasUi,
  decode,
  dragStroke,
  openCanvasStudio,
  readFixture,
  readFormParts,
  uploadExample,
  type CapturedRequest,
} from './fixtures/canvas';

const BEARER = 'Bearer gesso-local-dev-key';

/** The text fields of a captured multipart body, in order (images left out). */
async function textFields(captured: CapturedRequest): Promise<Array<[string, string]>> {
  return (await readFormParts(captured)).flatMap(([name, value]) =>
    typeof value === 'string' ? [[name, value] as [string, string]] : [],
  );
}

test('with API version v1 the studio generates, inpaints and upscales against the engine, speaking v1 on the wire', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const s = await openCanvasStudio(page, 'a paper crane');
  await chooseApiVersion(page, 'v1');

  // v1 has style presets: "None" and the 17, and seeds past 2147483647.
  const style = page.getByRole('combobox', { name: 'Style preset', exact: true });
  await expect(style.getByRole('option')).toHaveText(['None', ...STYLE_PRESETS]);
  await style.selectOption('origami');
  await s.seed.fill('4000000000');

  // Text-to-image: JSON under /v1, the key as Bearer.
  await s.generate.click();
  const t2i = await s.sent.next();
  expect(t2i.path).toBe('/v1/generation/stable-diffusion-v1-5/text-to-image');
  expect(t2i.authorization).toBe(BEARER);
  expect(JSON.parse(t2i.body.toString('utf8'))).toMatchObject({
    text_prompts: [{ text: 'a paper crane', weight: 1 }],
    style_preset: 'origami',
    seed: 4_000_000_000,
    width: 512,
    height: 512,
  });
  await expect(s.resultImage(4_000_000_000)).toBeVisible();

  // Image-to-image: flattened multipart fields, v1's image strength, no options part.
  await uploadExample(page);
  await s.seed.fill('4000000001');
  await s.generate.click();
  const i2i = await s.sent.next();
  expect(i2i.path).toBe('/v1/generation/stable-diffusion-v1-5/image-to-image');
  expect(i2i.authorization).toBe(BEARER);
  const i2iParts = await readFormParts(i2i);
  expect(i2iParts.map(([name]) => name)).not.toContain('options');
  const init = i2iParts.find(([name]) => name === 'init_image')?.[1];
  expect(Buffer.isBuffer(init) && init.equals(readFixture('init_image.png'))).toBe(true);
  expect(await textFields(i2i)).toEqual(
    expect.arrayContaining([
      ['text_prompts[0][text]', 'a paper crane'],
      ['text_prompts[0][weight]', '1'],
      ['seed', '4000000001'],
      ['style_preset', 'origami'],
      ['init_image_mode', 'IMAGE_STRENGTH'],
      ['image_strength', '0.35'],
    ]),
  );
  await expect(s.results).toHaveCount(2);

  // Inpaint: the painted mask and its source, still flattened.
  await canvasUi(page).brush.click();
  await dragStroke(page, { x: 120, y: 200 }, { x: 380, y: 300 });
  await expect(canvasUi(page).mode).toContainText('Inpainting');
  await s.seed.fill('4000000002');
  await s.generate.click();
  const masking = await s.sent.next();
  expect(masking.path).toBe('/v1/generation/stable-diffusion-v1-5/image-to-image/masking');
  const maskParts = await readFormParts(masking);
  const mask = maskParts.find(([name]) => name === 'mask_image')?.[1];
  if (!Buffer.isBuffer(mask)) throw new Error('no mask_image part');
  expect((await decode(mask, 'grey')).data.some((v) => v === 255)).toBe(true);
  expect(await textFields(masking)).toEqual(
    expect.arrayContaining([
      ['mask_source', 'MASK_IMAGE_WHITE'],
      ['text_prompts[0][text]', 'a paper crane'],
    ]),
  );
  await expect(s.results).toHaveCount(3);

  // Upscale: the text-to-image result, ×2 by Real-ESRGAN, lands as a result derived from it.
  const original = s.results.filter({
    has: page.getByRole('img', { name: 'Result, seed 4000000000', exact: true }),
  });
  await original.getByRole('button', { name: 'Upscale', exact: true }).click();
  const upscale = await s.sent.next();
  expect(upscale.path).toBe('/v1/generation/esrgan-v1-x2plus/image-to-image/upscale');
  expect(upscale.authorization).toBe(BEARER);
  expect((await readFormParts(upscale)).map(([name]) => name)).toEqual(['image']);
  await expect(s.results).toHaveCount(4);
  // The upscaler reports seed 0; its picture is twice the original's 512×512.
  await s.resultImage(0).dblclick();
  const viewer = page.getByRole('dialog', { name: 'Result', exact: true });
  const full = viewer.getByRole('img', { name: 'Seed 0 at full size', exact: true });
  await expect
    .poll(() => full.evaluate((el) => [(el as HTMLCanvasElement).width, (el as HTMLCanvasElement).height]))
    .toEqual([1024, 1024]);
  await expect(viewer.getByText('esrgan-v1-x2plus')).toBeVisible();
  await expect(viewer.getByText('Derived from')).toBeVisible();
});
