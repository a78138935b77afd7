import { describe, expect, it } from 'vitest';
import { backendById } from '../../lib/api/studio';
import type { ImportedRecipe } from '../../lib/png';
import { optionsFromImportedRecipe, optionsFromResult, optionsFromStoredRecipe } from './applyRecipe';
import { buildGenerationRequest } from './buildGenerationRequest';
import { defaultOptions } from './generationOptions';

describe('optionsFromStoredRecipe (Re-run)', () => {
  it('restores a text-to-image recipe so Generate sends the very same request again', () => {
    const sent = {
      prompts: [
        { text: 'a fox', weight: 1 },
        { text: 'blurry', weight: -0.5 },
      ],
      width: 768,
      height: 512,
      steps: 42,
      cfgScale: 9,
      sampler: 'K_DPMPP_2M',
      clipGuidancePreset: 'FAST_BLUE',
      stylePreset: 'origami',
      samples: 2,
      seed: 0,
    };
    const options = optionsFromStoredRecipe(defaultOptions(), {
      engineId: 'stable-diffusion-xl-1024-v1-0',
      params: sent,
      seed: 1234,
    });
    expect(options.prompts.map(({ text, weight }) => ({ text, weight }))).toEqual(sent.prompts);
    // The seed actually used replaces the 0 (random) that was sent.
    expect(buildGenerationRequest(options, null, 'v1').params).toEqual({ ...sent, seed: 1234 });
    expect(options.engineId).toBe('stable-diffusion-xl-1024-v1-0');
  });

  it('restores image strength and the mask source, keeping the size', () => {
    const current = { ...defaultOptions(), width: 640, height: 640 };
    const options = optionsFromStoredRecipe(current, {
      engineId: 'stable-diffusion-v1-5',
      params: {
        prompts: [{ text: 'x', weight: 1 }],
        imageStrength: 0.35,
        stepScheduleEnd: 0.9,
        maskSource: 'MASK_IMAGE_BLACK',
      },
      seed: 5,
    });
    expect(options.imageStrength).toBe(0.35);
    expect(options.stepScheduleEnd).toBe(0.9);
    expect(options.maskSource).toBe('MASK_IMAGE_BLACK');
    expect(options.sampler).toBeNull();
    expect([options.width, options.height]).toEqual([640, 640]);
    expect(options.prompts[0]).toMatchObject({ text: 'x', weight: 1 });
  });
});

describe('optionsFromResult (Reuse all on one picture)', () => {
  it('makes that picture again: one sample, with its own seed, whatever the run asked for', () => {
    const options = optionsFromResult(
      { ...defaultOptions(), samples: 7 },
      {
        engineId: 'stable-diffusion-v1-5',
        params: { prompts: [{ text: 'x', weight: 1 }], samples: 4, seed: 100 },
        seed: 102,
      },
    );
    expect([options.samples, options.seed]).toEqual([1, 102]);
  });
});

describe('optionsFromImportedRecipe (drop / Open recipe)', () => {
  const sdxl = 'stable-diffusion-xl-1024-v1-0';

  it('sets every field the file carries; Generate sends exactly the recipe (one sample, its seed)', () => {
    const recipe: ImportedRecipe = {
      source: 'gesso',
      backend: 'v1',
      mode: 'text-to-image',
      engineId: sdxl,
      prompts: [
        { text: 'a fox', weight: 1.5 },
        { text: 'moss', weight: 0.25 },
        { text: 'blurry', weight: -0.5 },
      ],
      width: 1152,
      height: 896,
      steps: 42,
      cfgScale: 9,
      sampler: 'K_DPMPP_2M',
      clipGuidancePreset: 'FAST_BLUE',
      stylePreset: 'origami',
      samples: 4,
      seed: 1234,
      unknownFields: [],
    };
    const { options, notApplied } = optionsFromImportedRecipe(recipe, 'v1');
    expect(notApplied).toEqual([]);
    const { source: _s, backend: _b, mode: _m, engineId: _e, unknownFields: _u, ...params } = recipe;
    expect(buildGenerationRequest(options, null, 'v1')).toEqual({
      backend: 'v1',
      mode: 'text-to-image',
      engineId: sdxl,
      params: { ...params, samples: 1 },
    });
  });

  it('sets the image-mode fields too', () => {
    const { options } = optionsFromImportedRecipe(
      {
        source: 'gesso',
        mode: 'masking',
        prompts: [{ text: 'x', weight: 1 }],
        imageStrength: 0.8,
        stepScheduleEnd: 0.3,
        maskSource: 'INIT_IMAGE_ALPHA',
        unknownFields: [],
      },
      'v1alpha',
    );
    expect([options.imageStrength, options.stepScheduleEnd, options.maskSource]).toEqual([
      0.8,
      0.3,
      'INIT_IMAGE_ALPHA',
    ]);
  });

  it('puts every field the file lacks back to its default, and lists what it did not understand', () => {
    const { options, notApplied } = optionsFromImportedRecipe(
      {
        source: 'a1111',
        prompts: [
          { text: '<img src=x onerror=alert(1)>', weight: 1 },
          { text: 'ugly', weight: -1 },
        ],
        seed: 31337,
        cfgScale: 6,
        engineId: sdxl,
        unknownFields: ['Hires upscale', 'Mask blur'],
      },
      'v1alpha',
    );
    const d = defaultOptions();
    expect(options.prompts.map((p) => [p.text, p.weight])).toEqual([
      ['<img src=x onerror=alert(1)>', 1],
      ['ugly', -1],
    ]);
    expect([options.seed, options.cfgScale, options.engineId]).toEqual([31337, 6, sdxl]);
    // No size in the file: the size the engine takes nearest the default, as choosing the engine gives.
    expect([options.width, options.height]).toEqual([1024, 1024]);
    expect(options).toMatchObject({
      steps: d.steps,
      sampler: null,
      clipGuidancePreset: d.clipGuidancePreset,
      stylePreset: null,
      samples: 1,
      imageStrength: d.imageStrength,
      stepScheduleEnd: d.stepScheduleEnd,
      maskSource: d.maskSource,
    });
    expect(notApplied).toEqual(['Hires upscale', 'Mask blur']);
  });

  it('takes the API’s default engine when the file names none, and lists fields the panel cannot hold', () => {
    const { options, notApplied } = optionsFromImportedRecipe(
      { source: 'gesso', prompts: [], aspectRatio: '16:9', unknownFields: [] },
      'v1',
    );
    expect(options.engineId).toBe(backendById('v1').capabilities.defaultEngineId);
    expect(options.prompts.map((p) => p.text)).toEqual(['']);
    expect(notApplied).toEqual(['aspectRatio']);
  });
});
