import { chooseApiVersion, expect, test } from './fixtures';
import {
  canvasUi,
  decode,
  dragStroke,
  maskStats,
  openCanvasStudio,
  readFixture,
  readMultipart,
  setSlider,
  uploadExample,
} from './fixtures/canvas';
import {
  downloadResult,
  fillSampling,
  generatePictures,
  gessoChunk,
  openRecipe,
  parametersChunk,
  recipeNotice,
  resultCard,
  withoutText,
} from './fixtures/recipes';

// Issue 10 §1: make a picture, download it, change every option (and the canvas), open the download with
// "Open recipe", generate again: the engine's new picture is the downloaded one, byte for byte.

test('text-to-image round trip, made with v1 and opened under v1alpha: "Switch to v1", then the same PNG', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const s = await openCanvasStudio(page, 'a lighthouse at dusk');
  await chooseApiVersion(page, 'v1');
  const style = page.getByRole('combobox', { name: 'Style preset', exact: true });

  await s.promptWeight(1).fill('1.5');
  await page.getByRole('button', { name: 'Add prompt' }).click();
  await s.prompt(2).fill('storm clouds');
  await s.promptWeight(2).fill('0.5');
  await page.getByRole('button', { name: 'Add prompt' }).click();
  await s.prompt(3).fill('blurry');
  await s.promptWeight(3).fill('-0.8');
  await s.engine.selectOption('stable-diffusion-512-v2-1');
  await s.width.fill('640');
  await s.height.fill('448');
  await fillSampling(s, { steps: 33, cfgScale: 9.5, sampler: 'K_DPMPP_2M', clipGuidance: 'FAST_BLUE' });
  await style.selectOption('origami');
  await s.samples.fill('2');
  await s.seed.fill('5000');

  const made = await generatePictures(page, 'text-to-image', '/v1');
  const firstBody: unknown = JSON.parse((await s.sent.next()).body.toString('utf8'));
  expect([...made.keys()]).toEqual([5000, 5001]);
  // The second picture of the run: its recipe must say its own seed.
  await expect(s.resultImage(5001)).toBeVisible();
  const file = await downloadResult(page, 5001);
  expect(withoutText(file).equals(made.get(5001)!)).toBe(true);
  expect(await gessoChunk(file)).toEqual({
    version: 2,
    backend: 'v1',
    mode: 'text-to-image',
    engineId: 'stable-diffusion-512-v2-1',
    prompts: [
      { text: 'a lighthouse at dusk', weight: 1.5 },
      { text: 'storm clouds', weight: 0.5 },
      { text: 'blurry', weight: -0.8 },
    ],
    width: 640,
    height: 448,
    steps: 33,
    cfgScale: 9.5,
    sampler: 'K_DPMPP_2M',
    clipGuidancePreset: 'FAST_BLUE',
    stylePreset: 'origami',
    samples: 2,
    seed: 5001,
  });
  expect(await parametersChunk(file)).toBe(
    [
      '(a lighthouse at dusk:1.5), (storm clouds:0.5)',
      'Negative prompt: (blurry:0.8)',
      'Steps: 33, Sampler: DPM++ 2M, CFG scale: 9.5, Seed: 5001, Size: 640x448, Model: stable-diffusion-512-v2-1',
    ].join('\n'),
  );

  // Change every option, the API included.
  await style.selectOption('None');
  await s.prompt(1).fill('something else');
  await s.promptWeight(1).fill('1');
  await page.getByRole('button', { name: 'Remove prompt 3', exact: true }).click();
  await s.prompt(2).fill('calm sea');
  await s.promptWeight(2).fill('2');
  await s.engine.selectOption('stable-diffusion-v1-5');
  await s.width.fill('512');
  await s.height.fill('512');
  await fillSampling(s, {
    steps: 20,
    cfgScale: 7,
    sampler: 'K_EULER',
    clipGuidance: 'NONE',
    samples: 3,
    seed: 1,
  });
  await chooseApiVersion(page, 'v1alpha');

  await openRecipe(page, file, 'gesso-5001.png');
  await expect(recipeNotice(page)).toContainText(
    'Restored the Gesso recipe from gesso-5001.png. It was made with v1; v1alpha cannot express Style preset.',
  );
  await recipeNotice(page).getByRole('button', { name: 'Switch to v1', exact: true }).click();
  await expect(page.getByRole('banner')).toContainText('v1 · Local engine');
  await expect(recipeNotice(page)).toHaveText(/Switched to v1 for the recipe from gesso-5001\.png\./);

  await expect(s.prompt(1)).toHaveValue('a lighthouse at dusk');
  await expect(s.promptWeight(1)).toHaveValue('1.5');
  await expect(s.prompt(2)).toHaveValue('storm clouds');
  await expect(s.promptWeight(2)).toHaveValue('0.5');
  await expect(s.prompt(3)).toHaveValue('blurry');
  await expect(s.promptWeight(3)).toHaveValue('-0.8');
  await expect(s.engine).toHaveValue('stable-diffusion-512-v2-1');
  await expect(s.width).toHaveValue('640');
  await expect(s.height).toHaveValue('448');
  await expect(s.steps).toHaveValue('33');
  await expect(s.cfgScale).toHaveValue('9.5');
  await expect(s.sampler).toHaveValue('K_DPMPP_2M');
  await expect(s.clipGuidance).toHaveValue('FAST_BLUE');
  await expect(style).toHaveValue('origami');
  // One picture: this one, with its own seed.
  await expect(s.samples).toHaveValue('1');
  await expect(s.seed).toHaveValue('5001');

  const again = await generatePictures(page, 'text-to-image', '/v1');
  const secondBody: unknown = JSON.parse((await s.sent.next()).body.toString('utf8'));
  expect(secondBody).toEqual({ ...(firstBody as object), samples: 1, seed: 5001 });
  expect([...again.keys()]).toEqual([5001]);
  expect(again.get(5001)!.equals(made.get(5001)!)).toBe(true);
});

test('image-to-image round trip: the init image comes back from the gallery by its hash, and the same PNG', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const s = await openCanvasStudio(page, 'a red rose in a garden');
  const ui = canvasUi(page);
  await uploadExample(page);
  await setSlider(page, 'Image strength', 0.6);
  await page.getByText('Advanced', { exact: true }).click();
  await setSlider(page, 'Step schedule end', 0.2);
  await page.getByRole('button', { name: 'Add prompt' }).click();
  await s.prompt(2).fill('wilted');
  await s.promptWeight(2).fill('-1');
  await fillSampling(s, {
    steps: 25,
    cfgScale: 11,
    sampler: 'K_HEUN',
    clipGuidance: 'SLOW',
    samples: 2,
    seed: 700,
  });

  const made = await generatePictures(page, 'image-to-image');
  const first = await readMultipart(await s.sent.next());
  await expect(s.resultImage(701)).toBeVisible();
  const file = await downloadResult(page, 701);
  expect(withoutText(file).equals(made.get(701)!)).toBe(true);
  expect(await gessoChunk(file)).toEqual({
    version: 2,
    backend: 'v1alpha',
    mode: 'image-to-image',
    engineId: 'stable-diffusion-v1-5',
    prompts: [
      { text: 'a red rose in a garden', weight: 1 },
      { text: 'wilted', weight: -1 },
    ],
    steps: 25,
    cfgScale: 11,
    sampler: 'K_HEUN',
    clipGuidancePreset: 'SLOW',
    samples: 2,
    seed: 701,
    imageStrength: 0.6,
    stepScheduleEnd: 0.2,
    initImageHash: expect.stringMatching(/^[0-9a-f]{64}$/),
  });
  expect(await parametersChunk(file)).toMatch(
    /, Size: 512x512, Model: stable-diffusion-v1-5, Denoising strength: 0\.4$/,
  );

  // Change every option, then take the image away: nothing of the run is left on screen.
  await setSlider(page, 'Image strength', 0.9);
  await setSlider(page, 'Step schedule end', 0.5);
  await page.getByRole('button', { name: 'Remove image', exact: true }).click();
  await expect(ui.mode).toContainText('Text to image');
  await s.prompt(1).fill('a tulip');
  await page.getByRole('button', { name: 'Remove prompt 2', exact: true }).click();
  await fillSampling(s, {
    steps: 40,
    cfgScale: 5,
    sampler: 'DDIM',
    clipGuidance: 'NONE',
    samples: 4,
    seed: 3,
  });

  await openRecipe(page, file, 'gesso-701.png');
  await expect(recipeNotice(page)).toHaveText(/^Restored the Gesso recipe from gesso-701\.png\./);
  await expect(ui.mode).toContainText('Image to image');
  await expect.poll(() => maskStats(page)).toMatchObject({ width: 512, height: 512, nonZero: 0 });
  await expect(ui.imageStrength).toHaveValue('0.6');
  // "Advanced" closed with the section when the image went; it opens again on the restored value.
  await page.getByText('Advanced', { exact: true }).click();
  await expect(page.getByRole('slider', { name: 'Step schedule end', exact: true })).toHaveValue('0.2');
  await expect(s.samples).toHaveValue('1');
  await expect(s.seed).toHaveValue('701');

  const again = await generatePictures(page, 'image-to-image');
  const second = await readMultipart(await s.sent.next());
  expect(second.options).toEqual({ ...first.options, samples: 1, seed: 701 });
  expect(second.initImage.equals(readFixture('init_image.png'))).toBe(true);
  expect(again.get(701)!.equals(made.get(701)!)).toBe(true);
});

test('inpaint round trip: the mode, the init image and the mask come back, and the same PNG', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const s = await openCanvasStudio(page, 'a blue bird on a branch');
  const ui = canvasUi(page);
  await uploadExample(page);
  await ui.brush.click();
  await setSlider(page, 'Brush size', 60);
  await dragStroke(page, { x: 120, y: 150 }, { x: 380, y: 320 });
  await expect(ui.mode).toContainText('Inpainting');
  const painted = await maskStats(page);
  expect(painted.nonZero).toBeGreaterThan(1000);
  await page.getByText('Advanced', { exact: true }).click();
  await setSlider(page, 'Step schedule end', 0.15);
  await fillSampling(s, { steps: 28, cfgScale: 8.5, sampler: 'K_LMS', seed: 900 });

  const made = await generatePictures(page, 'image-to-image/masking');
  const first = await readMultipart(await s.sent.next());
  await expect(s.resultImage(900)).toBeVisible();
  const file = await downloadResult(page, 900);
  expect(withoutText(file).equals(made.get(900)!)).toBe(true);
  expect(await gessoChunk(file)).toMatchObject({
    version: 2,
    backend: 'v1alpha',
    mode: 'masking',
    maskSource: 'MASK_IMAGE_WHITE',
    stepScheduleEnd: 0.15,
    seed: 900,
    initImageHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    maskImageHash: expect.stringMatching(/^[0-9a-f]{64}$/),
  });
  expect(await parametersChunk(file)).toMatch(/, Mask blur: 0, Mask mode: Inpaint masked$/);

  await setSlider(page, 'Step schedule end', 0.6);
  await page.getByRole('button', { name: 'Remove image', exact: true }).click();
  await expect(ui.mode).toContainText('Text to image');
  await s.prompt(1).fill('a cat');
  await fillSampling(s, { steps: 50, cfgScale: 7, sampler: 'K_EULER', samples: 2, seed: 4 });

  await openRecipe(page, file, 'gesso-900.png');
  await expect(recipeNotice(page)).toHaveText(/^Restored the Gesso recipe from gesso-900\.png\./);
  await expect(ui.mode).toContainText('Inpainting');
  await expect.poll(() => maskStats(page)).toEqual(painted);
  await expect(s.prompt(1)).toHaveValue('a blue bird on a branch');

  const again = await generatePictures(page, 'image-to-image/masking');
  const second = await readMultipart(await s.sent.next());
  expect(second.options).toEqual(first.options);
  expect(second.initImage.equals(first.initImage)).toBe(true);
  const [maskBefore, maskAfter] = await Promise.all([
    decode(first.maskImage!, 'grey'),
    decode(second.maskImage!, 'grey'),
  ]);
  expect(maskAfter.data.equals(maskBefore.data)).toBe(true);
  expect(again.get(900)!.equals(made.get(900)!)).toBe(true);
});

test('"Reuse all" on the third picture of a run makes that picture: samples 1 and its seed', async ({
  page,
}) => {
  const s = await openCanvasStudio(page, 'three pebbles');
  await s.samples.fill('3');
  await s.seed.fill('300');
  const made = await generatePictures(page, 'text-to-image');
  await s.sent.next();
  await expect(s.results).toHaveCount(3);
  await s.samples.fill('5');
  await s.seed.fill('9');
  await resultCard(page, 302).getByRole('button', { name: 'Reuse all', exact: true }).click();
  await expect(s.samples).toHaveValue('1');
  await expect(s.seed).toHaveValue('302');
  const again = await generatePictures(page, 'text-to-image');
  const body = JSON.parse((await s.sent.next()).body.toString('utf8')) as Record<string, unknown>;
  expect([body.samples, body.seed]).toEqual([1, 302]);
  expect([...again.keys()]).toEqual([302]);
  expect(again.get(302)!.equals(made.get(302)!)).toBe(true);
});
