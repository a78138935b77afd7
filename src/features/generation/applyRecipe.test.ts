import { describe, expect, it } from 'vitest';
import { optionsFromImportedRecipe, optionsFromStoredRecipe } from './applyRecipe';
import { buildGenerationRequest } from './buildGenerationRequest';
import { defaultOptions } from './generationOptions';

describe('optionsFromStoredRecipe (Reuse all)', () => {
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

  it('restores a Stable Image (v2beta) recipe: aspect ratio, grow mask, Erase; an endpoint is no model to pick', () => {
    const current = { ...defaultOptions(), engineId: 'sd3.5-flash' };
    const t2i = optionsFromStoredRecipe(current, {
      backend: 'v2beta',
      mode: 'text-to-image',
      engineId: 'ultra',
      params: { prompts: [{ text: 'a fox', weight: 1 }], aspectRatio: '9:16', stylePreset: 'anime', seed: 0 },
      seed: 77,
    });
    expect(buildGenerationRequest(t2i, null, 'v2beta').params).toEqual({
      prompts: [{ text: 'a fox', weight: 1 }],
      aspectRatio: '9:16',
      stylePreset: 'anime',
      samples: 1,
      seed: 77,
    });
    const erase = optionsFromStoredRecipe(current, {
      backend: 'v2beta',
      mode: 'erase',
      engineId: 'erase',
      params: { prompts: [], growMask: 15, maskSource: 'MASK_IMAGE_WHITE', seed: 3 },
      seed: 3,
    });
    expect([erase.engineId, erase.growMask, erase.maskAction]).toEqual(['sd3.5-flash', 15, 'erase']);
  });
});

describe('optionsFromImportedRecipe (drop / Open recipe)', () => {
  it('maps what the file carries, keeps the rest, and lists what it did not understand', () => {
    const current = { ...defaultOptions(), steps: 50, clipGuidancePreset: 'SLOW' as const };
    const { options, notApplied } = optionsFromImportedRecipe(current, {
      source: 'a1111',
      prompts: [
        { text: '<img src=x onerror=alert(1)>', weight: 1 },
        { text: 'ugly', weight: -1 },
      ],
      seed: 31337,
      cfgScale: 6,
      sampler: 'K_EULER_ANCESTRAL',
      width: 512,
      height: 768,
      unknownFields: ['Hires upscale', 'Denoising strength'],
    });
    expect(options.prompts.map((p) => p.text)).toEqual(['<img src=x onerror=alert(1)>', 'ugly']);
    expect(options.prompts[1]!.weight).toBe(-1);
    expect([options.seed, options.cfgScale, options.sampler]).toEqual([31337, 6, 'K_EULER_ANCESTRAL']);
    expect([options.width, options.height]).toEqual([512, 768]);
    expect(options.steps).toBe(50);
    expect(options.clipGuidancePreset).toBe('SLOW');
    expect(notApplied).toEqual(['Hires upscale', 'Denoising strength']);
  });
});
