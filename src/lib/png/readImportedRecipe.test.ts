import { describe, expect, it } from 'vitest';
import { formatA1111Parameters } from './formatA1111Parameters';
import { formatGessoRecipe } from './gessoRecipe';
import { PngFormatError } from './PngFormatError';
import { readImportedRecipe } from './readImportedRecipe';
import type { NeutralRecipe } from './recipe';
import { fixturePng, iTXtRaw, pngWith, tEXt, utf8Bytes, zTXt } from './testFixtures';
import { withTextChunks } from './withTextChunks';

const recipe: NeutralRecipe = {
  prompts: [
    { text: 'a quiet harbour at dawn', weight: 1 },
    { text: 'people', weight: -1 },
  ],
  seed: 31337,
  steps: 40,
  cfgScale: 8,
  sampler: 'K_DPM_2_ANCESTRAL',
  width: 512,
  height: 512,
  engineId: 'stable-diffusion-v1-5',
};

describe('readImportedRecipe', () => {
  it('returns null for a PNG without recipe metadata', async () => {
    expect(await readImportedRecipe(fixturePng())).toBeNull();
  });

  it('prefers the gesso chunk over A1111 parameters written beside it', async () => {
    const png = withTextChunks(fixturePng(), [
      { keyword: 'parameters', text: formatA1111Parameters({ ...recipe, seed: 1 }) },
      { keyword: 'gesso', text: formatGessoRecipe(recipe) },
    ]);
    expect(await readImportedRecipe(png)).toEqual({ source: 'gesso', unknownFields: [], ...recipe });
  });

  it('falls back to A1111 parameters when the gesso chunk is unusable, and reads them exactly', async () => {
    const png = withTextChunks(fixturePng(), [
      { keyword: 'gesso', text: '{"prompts": "not a list"}' },
      { keyword: 'parameters', text: formatA1111Parameters(recipe) },
    ]);
    expect(await readImportedRecipe(png)).toEqual({ source: 'a1111', unknownFields: [], ...recipe });
  });

  it('reads A1111 parameters from a Latin-1 tEXt chunk as A1111 itself writes them', async () => {
    const png = pngWith([
      tEXt('parameters', 'café\nSteps: 20, Sampler: Euler, CFG scale: 7, Seed: 9, Size: 512x512'),
    ]);
    expect(await readImportedRecipe(png)).toMatchObject({
      source: 'a1111',
      prompts: [{ text: 'café', weight: 1 }],
      sampler: 'K_EULER',
      seed: 9,
    });
  });

  it('reads InvokeAI metadata, then ComfyUI prompt graphs, in that order', async () => {
    const invoke = JSON.stringify({ positive_prompt: 'from invoke', seed: 1, steps: 20 });
    const comfy = JSON.stringify({
      '1': { class_type: 'KSampler', inputs: { seed: 2, positive: ['2', 0] } },
      '2': { class_type: 'CLIPTextEncode', inputs: { text: 'from comfy' } },
    });
    const both = pngWith([
      await zTXt('prompt', comfy),
      await iTXtRaw('invokeai_metadata', utf8Bytes(invoke), true),
    ]);
    expect(await readImportedRecipe(both)).toMatchObject({ source: 'invokeai', seed: 1 });
    const comfyOnly = pngWith([tEXt('workflow', '{}'), await iTXtRaw('prompt', utf8Bytes(comfy))]);
    expect(await readImportedRecipe(comfyOnly)).toMatchObject({
      source: 'comfyui',
      seed: 2,
      prompts: [{ text: 'from comfy', weight: 1 }],
    });
  });

  it('returns null when every candidate chunk is hostile or unusable', async () => {
    // Each JSON chunk is usable but for one 10,000-deep field, so only the nesting cap refuses it.
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const png = withTextChunks(fixturePng(), [
      { keyword: 'gesso', text: `{"prompts":[{"text":"a","weight":1}],"x":${deep}}` },
      { keyword: 'parameters', text: '' },
      { keyword: 'invokeai_metadata', text: `{"seed":1,"x":${deep}}` },
      { keyword: 'prompt', text: `{"1":{"class_type":"KSampler","inputs":{"seed":2}},"x":${deep}}` },
    ]);
    expect(await readImportedRecipe(png)).toBeNull();
  });

  it('rejects with PngFormatError for a truncated file', async () => {
    const png = withTextChunks(fixturePng(), [{ keyword: 'gesso', text: formatGessoRecipe(recipe) }]);
    await expect(readImportedRecipe(png.subarray(0, 2000))).rejects.toBeInstanceOf(PngFormatError);
  });
});
