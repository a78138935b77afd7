import { describe, expect, it } from 'vitest';
import { GESSO_RECIPE_KEYS, GESSO_RECIPE_VERSION, formatGessoRecipe } from './gessoRecipe';
import { parseGessoRecipe } from './parseGessoRecipe';
import type { NeutralRecipe } from './recipe';

/** Every field a recipe can have, each with a value other than its default (`Required`: none is missing). */
const FULL: Required<NeutralRecipe> = {
  backend: 'v1',
  mode: 'masking',
  engineId: 'stable-diffusion-v1-6',
  prompts: [
    { text: 'a red fox, "quoted", {braces}', weight: 1.25 },
    { text: 'second', weight: 0.5 },
    { text: 'blurry', weight: -0.75 },
  ],
  width: 896,
  height: 640,
  aspectRatio: '16:9',
  steps: 37,
  cfgScale: 11.5,
  sampler: 'K_DPM_2_ANCESTRAL',
  clipGuidancePreset: 'FAST_GREEN',
  stylePreset: 'neon-punk',
  samples: 3,
  seed: 4_000_000_001,
  imageStrength: 0.27,
  stepScheduleEnd: 0.12,
  maskSource: 'MASK_IMAGE_BLACK',
  growMask: 12,
  outpaint: { left: 0, right: 256, up: 64, down: 0 },
  creativity: 0.4,
  upscale: { width: 2048 },
  onlyMasked: true,
  feather: 16,
  initImageHash: 'a'.repeat(64),
  maskImageHash: '0123456789abcdef'.repeat(4),
};

describe('the gesso chunk (version 2)', () => {
  it('writes every field, in a fixed order after its version, and reads each one back as written', () => {
    const text = formatGessoRecipe(FULL);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['version', ...GESSO_RECIPE_KEYS]);
    expect(JSON.parse(text)).toMatchObject({ version: GESSO_RECIPE_VERSION });
    expect(parseGessoRecipe(text)).toEqual({ source: 'gesso', unknownFields: [], ...FULL });
  });

  it.each(GESSO_RECIPE_KEYS.filter((k) => k !== 'prompts'))('carries %s on its own', (key) => {
    const one: NeutralRecipe = { prompts: FULL.prompts, [key]: FULL[key] };
    const text = formatGessoRecipe(one);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(
      ['version', ...GESSO_RECIPE_KEYS].filter((k) => k === 'version' || k === 'prompts' || k === key),
    );
    expect(parseGessoRecipe(text)).toEqual({ source: 'gesso', unknownFields: [], ...one });
  });

  it('leaves out what the request did not send (an image mode has no size)', () => {
    const text = formatGessoRecipe({ prompts: FULL.prompts, mode: 'image-to-image', imageStrength: 0.4 });
    expect(JSON.parse(text)).toEqual({
      version: 2,
      mode: 'image-to-image',
      prompts: FULL.prompts,
      imageStrength: 0.4,
    });
  });

  it('reads version 1 files (no version, no mode) as before', () => {
    const v1 = {
      prompts: [{ text: 'old', weight: 1 }],
      seed: 7,
      steps: 40,
      cfgScale: 9.5,
      sampler: 'K_HEUN',
      width: 640,
      height: 512,
      engineId: 'stable-diffusion-512-v2-1',
    };
    expect(parseGessoRecipe(JSON.stringify(v1))).toEqual({ source: 'gesso', unknownFields: [], ...v1 });
  });

  it('drops and names each field with a bad value, keeping the others', () => {
    const bad = {
      backend: 'v3',
      mode: 'paint',
      aspectRatio: '16/9',
      clipGuidancePreset: 'FASTEST',
      stylePreset: '<b>x</b>',
      samples: 0,
      imageStrength: 1.5,
      stepScheduleEnd: -0.1,
      maskSource: 'MASK_IMAGE_RED',
      upscale: { width: 'big' },
      initImageHash: 'not-a-hash',
      maskImageHash: 'A'.repeat(64),
    };
    const r = parseGessoRecipe(JSON.stringify({ prompts: FULL.prompts, steps: 30, ...bad }));
    expect(r).toEqual({
      source: 'gesso',
      prompts: FULL.prompts,
      steps: 30,
      unknownFields: Object.keys(bad),
    });
  });

  it('takes an empty prompt list only for an upscale', () => {
    expect(parseGessoRecipe(formatGessoRecipe({ prompts: [], mode: 'upscale', upscale: {} }))).toEqual({
      source: 'gesso',
      prompts: [],
      mode: 'upscale',
      upscale: {},
      unknownFields: [],
    });
    expect(parseGessoRecipe(formatGessoRecipe({ prompts: [], mode: 'text-to-image' }))).toBeNull();
  });
});
