import { describe, expect, it } from 'vitest';
import type { GenerationParams } from './GenerationRequest.ts';
import { inexpressibleParts } from './inexpressible.ts';
import { backendById } from './registry.ts';

const v1alpha = backendById('v1alpha');
const v1 = backendById('v1');
const prompts = [{ text: 'a fox', weight: 1 }];

describe('inexpressibleParts', () => {
  it('names what v1alpha cannot say of a v1 recipe: its style preset, its uint32 seed', () => {
    const params: GenerationParams = {
      prompts,
      width: 512,
      height: 512,
      steps: 30,
      stylePreset: 'origami',
      seed: 4_000_000_000,
    };
    const recipe = { mode: 'text-to-image' as const, engineId: 'stable-diffusion-v1-5', params };
    expect(inexpressibleParts(v1alpha, recipe)).toEqual(['stylePreset', 'seed']);
    expect(inexpressibleParts(v1, recipe)).toEqual([]);
  });

  it('names v1alpha’s step schedule end, which v1 has not, and a mode an API has not', () => {
    const i2i = {
      mode: 'image-to-image' as const,
      engineId: 'stable-diffusion-v1-5',
      params: { prompts, imageStrength: 0.4, stepScheduleEnd: 0.2 },
    };
    expect(inexpressibleParts(v1, i2i)).toEqual(['stepScheduleEnd']);
    expect(inexpressibleParts(v1alpha, i2i)).toEqual([]);
    const upscale = { mode: 'upscale' as const, engineId: 'esrgan-v1-x2plus', params: { prompts: [] } };
    expect(inexpressibleParts(v1alpha, upscale)).toEqual(['mode']);
  });

  it('names a value outside the API’s list', () => {
    const recipe = {
      mode: 'text-to-image' as const,
      engineId: 'stable-diffusion-v1-5',
      params: { prompts, sampler: 'K_EULER_2000', clipGuidancePreset: 'FAST_BLUE' },
    };
    expect(inexpressibleParts(v1, recipe)).toEqual(['sampler']);
  });
});
