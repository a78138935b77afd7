import { describe, expect, it } from 'vitest';
import { readImportedRecipe, readTextChunks } from '../../lib/png';
import { pngSize, withRecipe } from './recipeChunks';
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
    seed: 0,
    imageStrength: 0.4,
    stylePreset: 'origami',
  },
  createdAt: 1,
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
    expect(chunks[1]!.text).toBe(
      'a "quoted", comma prompt\nNegative prompt: blurry\nSteps: 25, Sampler: DPM++ 2M, CFG scale: 7.5, Seed: 99, Size: 2x3, Model: stable-diffusion-v1-5',
    );
    const back = await readImportedRecipe(out);
    expect(back).toEqual({
      source: 'gesso',
      prompts: [
        { text: 'a "quoted", comma prompt', weight: 1 },
        { text: 'blurry', weight: -1 },
      ],
      seed: 99,
      steps: 25,
      cfgScale: 7.5,
      sampler: 'K_DPMPP_2M',
      width: 2,
      height: 3,
      engineId: 'stable-diffusion-v1-5',
      unknownFields: [],
    });
    // Same bytes once the added chunks are taken out again: only text chunks were inserted.
    expect(out.length).toBeGreaterThan(png.length);
    expect([...out.subarray(out.length - 12)]).toEqual([...png.subarray(png.length - 12)]);
  });
});
