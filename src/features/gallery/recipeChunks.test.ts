import { describe, expect, it } from 'vitest';
import { readImportedRecipe, readTextChunks } from '../../lib/png';
import { neutralRecipe, pngSize, withRecipe } from './recipeChunks';
import type { Recipe } from './db';

/** A valid 2×3 PNG (no text chunks), built by hand: signature, IHDR, IDAT (zlib of 3 filtered rows), IEND. */
async function tinyPng(): Promise<Uint8Array> {
  const { writePngChunks } = await import('../../lib/png');
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, 2);
  v.setUint32(4, 3);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const raw = new Uint8Array([0, 10, 20, 0, 30, 40, 0, 50, 60]);
  const stream = new Blob([raw]).stream().pipeThrough(new CompressionStream('deflate'));
  const idat = new Uint8Array(await new Response(stream).arrayBuffer());
  return writePngChunks([
    { type: 'IHDR', data: ihdr },
    { type: 'IDAT', data: idat },
    { type: 'IEND', data: new Uint8Array() },
  ]);
}

const recipe: Recipe = {
  backend: 'v1',
  mode: 'image-to-image',
  engineId: 'stable-diffusion-v1-5',
  params: {
    prompts: [
      { text: 'a "quoted", comma prompt', weight: 1 },
      { text: 'blurry', weight: -1 },
    ],
    cfgScale: 7.5,
    steps: 25,
    sampler: 'K_DPMPP_2M',
    clipGuidancePreset: 'FAST_BLUE',
    samples: 4,
    seed: 99,
    imageStrength: 0.4,
    stylePreset: 'origami',
  },
  createdAt: 1,
  initImageHash: 'b'.repeat(64),
  seed: 99,
  finishReason: 'SUCCESS',
};

describe('withRecipe', () => {
  it('writes gesso and A1111 parameters chunks that read back as the same recipe, pixels untouched', async () => {
    const png = await tinyPng();
    expect(pngSize(png)).toEqual({ width: 2, height: 3 });
    const out = withRecipe(png, recipe);
    const chunks = await readTextChunks(out);
    expect(chunks.map((c) => c.keyword)).toEqual(['gesso', 'parameters']);
    // A1111 says what it can: the picture's own size (an image mode sends none), 1 − strength.
    expect(chunks[1]!.text).toBe(
      'a "quoted", comma prompt\nNegative prompt: blurry\nSteps: 25, Sampler: DPM++ 2M, CFG scale: 7.5, Seed: 99, Size: 2x3, Model: stable-diffusion-v1-5, Denoising strength: 0.6',
    );
    // Gesso's own chunk: every param exactly as sent, and what made it, and its init image's hash.
    const back = await readImportedRecipe(out);
    expect(back).toEqual({
      source: 'gesso',
      backend: 'v1',
      mode: 'image-to-image',
      engineId: 'stable-diffusion-v1-5',
      prompts: recipe.params.prompts,
      steps: 25,
      cfgScale: 7.5,
      sampler: 'K_DPMPP_2M',
      clipGuidancePreset: 'FAST_BLUE',
      stylePreset: 'origami',
      samples: 4,
      seed: 99,
      imageStrength: 0.4,
      initImageHash: 'b'.repeat(64),
      unknownFields: [],
    });
    // Same bytes once the added chunks are taken out again: only text chunks were inserted.
    expect(out.length).toBeGreaterThan(png.length);
    expect([...out.subarray(out.length - 12)]).toEqual([...png.subarray(png.length - 12)]);
  });
});

describe('neutralRecipe', () => {
  it('carries the seed of this picture, not the run’s first, and every input hash', () => {
    const inpaint: Recipe = {
      ...recipe,
      backend: 'v1alpha',
      mode: 'masking',
      params: {
        prompts: recipe.params.prompts,
        samples: 2,
        seed: 0,
        maskSource: 'MASK_IMAGE_WHITE',
        stepScheduleEnd: 0.2,
      },
      maskImageHash: 'c'.repeat(64),
      seed: 1235,
    };
    expect(neutralRecipe(inpaint)).toEqual({
      backend: 'v1alpha',
      mode: 'masking',
      engineId: 'stable-diffusion-v1-5',
      prompts: recipe.params.prompts,
      samples: 2,
      seed: 1235,
      maskSource: 'MASK_IMAGE_WHITE',
      stepScheduleEnd: 0.2,
      initImageHash: 'b'.repeat(64),
      maskImageHash: 'c'.repeat(64),
    });
  });

  it('keeps a text-to-image size and an upscale target', () => {
    const t2i: Recipe = {
      ...recipe,
      mode: 'text-to-image',
      params: { prompts: [], width: 768, height: 512 },
    };
    expect(neutralRecipe(t2i)).toMatchObject({ width: 768, height: 512 });
    const up: Recipe = { ...recipe, mode: 'upscale', params: { prompts: [], upscale: { width: 2048 } } };
    expect(neutralRecipe(up)).toMatchObject({ mode: 'upscale', upscale: { width: 2048 } });
  });
});
