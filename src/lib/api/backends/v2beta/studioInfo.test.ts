import { describe, expect, it } from 'vitest';
import type { GenerationParams, GenerationRequest } from '../../backend/GenerationRequest.ts';
import { engineSizes } from '../../backend/engineSizes.ts';
import { STYLE_PRESETS } from '../../wire.ts';
import { v2betaInfo as info } from './info.ts';
import { previewV2betaPrompts, v2betaPrompts } from './studioPrompts.ts';
import { V2BETA_ASPECT_RATIOS } from './vocabulary.ts';

/** Everything the panel holds, v1-only options included (normalize must drop what v2beta cannot send). */
const panel: GenerationParams = {
  prompts: [
    { text: 'a lighthouse', weight: 1 },
    { text: 'fog', weight: -1 },
  ],
  width: 1024,
  height: 1024,
  steps: 30,
  cfgScale: 5,
  sampler: 'K_DPMPP_2M',
  clipGuidancePreset: 'NONE',
  stylePreset: 'origami',
  aspectRatio: '16:9',
  samples: 2,
  seed: 42,
  imageStrength: 0.4,
  stepScheduleEnd: 0.1,
  maskSource: 'MASK_IMAGE_WHITE',
  growMask: 12,
};
const init = new Blob(['i']);
const mask = new Blob(['m']);
const image = { initImage: init, initImageSize: { width: 1024, height: 1024 } };
const normalize = (patch: Partial<GenerationRequest>): GenerationRequest =>
  info.normalize({ backend: 'v2beta', mode: 'text-to-image', engineId: 'core', params: panel, ...patch });

describe('v2beta backend: what the panel offers', () => {
  it('lists the six generation models with their credits, Core first by default; edits and upscalers apart', () => {
    const models = info.capabilities.catalogue.filter((e) => e.modes.includes('text-to-image'));
    expect(models.map((m) => [m.id, m.name, m.credits])).toEqual([
      ['ultra', 'Stable Image Ultra', 8],
      ['core', 'Stable Image Core', 3],
      ['sd3.5-large', 'SD 3.5 Large', 6.5],
      ['sd3.5-large-turbo', 'SD 3.5 Large Turbo', 4],
      ['sd3.5-medium', 'SD 3.5 Medium', 3.5],
      ['sd3.5-flash', 'SD 3.5 Flash', 2.5],
    ]);
    expect(info.capabilities.defaultEngineId).toBe('core');
    expect(info.capabilities.listsEngines).toBe(false);
    expect(info.capabilities.maxSamplesPerRequest).toBe(1);
    expect(models.find((m) => m.id === 'core')?.modes).toEqual(['text-to-image']);
    expect(info.capabilities.catalogue.find((e) => e.id === 'erase')?.modes).toEqual(['erase']);
  });

  it('text-to-image: an aspect ratio (9) instead of a size, 17 style presets, CFG only for SD 3.5', () => {
    const core = info.fields('core', 'text-to-image');
    expect(core.size).toEqual({ kind: 'aspect-ratio', ratios: V2BETA_ASPECT_RATIOS, default: '1:1' });
    expect(core.stylePreset?.values).toEqual(STYLE_PRESETS);
    expect(core).not.toHaveProperty('cfgScale');
    for (const gone of ['steps', 'sampler', 'clipGuidancePreset', 'stepScheduleEnd'] as const) {
      expect(core[gone]).toBeUndefined();
    }
    expect(core.seed).toMatchObject({ min: 0, max: 4_294_967_294 });
    expect(core.samples).toMatchObject({ min: 1, max: 10 });
    expect(info.fields('sd3.5-large', 'text-to-image').cfgScale).toMatchObject({
      min: 1,
      max: 10,
      default: 4,
    });
    expect(info.fields('sd3.5-flash', 'text-to-image').cfgScale?.default).toBe(1);
    expect(info.fields('ultra', 'text-to-image').cfgScale).toBeUndefined();
  });

  it('image modes: strength for image-to-image, grow mask (inpaint 0–100, erase 0–20), the input rules of §2.4', () => {
    expect(info.fields('sd3.5-large', 'image-to-image').imageStrength).toMatchObject({ min: 0, max: 1 });
    expect(info.fields('core', 'masking').growMask).toMatchObject({ min: 0, max: 100, default: 5 });
    const erase = info.fields('core', 'erase');
    expect(erase.growMask).toMatchObject({ min: 0, max: 20, default: 5 });
    expect(erase.stylePreset).toBeUndefined();
    expect(erase.maskSource?.values).toEqual(['MASK_IMAGE_WHITE', 'INIT_IMAGE_ALPHA']);
    const inpaint = engineSizes(info, 'core', 'masking');
    expect(inpaint?.engineId).toBe('Inpaint');
    expect(inpaint?.problem(512, 512)).toBeNull();
    expect(inpaint?.problem(4000, 3000)).toBe(
      'must have at most 9,437,184 pixels, received 4000×3000 (12,000,000)',
    );
    // Crop/resize aim at sizes the rule takes: 4:3 within 3072² pixels.
    expect(inpaint?.all()).toContainEqual([3328, 2496]);
    expect(inpaint?.all().every(([w, h]) => w * h <= 9_437_184)).toBe(true);
    expect(engineSizes(info, 'ultra', 'image-to-image')?.problem(32, 32)).toMatch(/between 64 and 16384/);
    // Core takes no image at all: validation says so, not a size rule.
    expect(engineSizes(info, 'core', 'image-to-image')).toBeNull();
    expect(engineSizes(info, 'core', 'text-to-image')).toBeNull();
  });

  it('upscale: the fast one ×4 without prompt or seed; the conservative one guided by a prompt', () => {
    const fast = info.fields('upscale-fast', 'upscale');
    expect(fast.upscale).toMatchObject({ factor: 4, maxInputPixels: 1_048_576 });
    expect(fast.seed.max).toBe(0);
    const conservative = info.fields('upscale-conservative', 'upscale');
    expect(conservative.upscale?.prompted).toBe(true);
    expect(conservative.creativity).toMatchObject({ min: 0.2, max: 0.5, default: 0.35 });
  });
});

describe('v2beta backend: normalize, cost, split', () => {
  it('keeps what each endpoint reads, records the endpoint, and drops v1’s options', () => {
    expect(normalize({})).toEqual({
      backend: 'v2beta',
      mode: 'text-to-image',
      engineId: 'core',
      endpoint: 'generate/core',
      params: {
        prompts: panel.prompts,
        samples: 2,
        seed: 42,
        aspectRatio: '16:9',
        stylePreset: 'origami',
      },
    });
    const sd3 = normalize({ engineId: 'sd3.5-large', mode: 'image-to-image', ...image });
    expect(sd3.endpoint).toBe('generate/sd3');
    expect(sd3.params).toEqual({
      prompts: panel.prompts,
      samples: 2,
      seed: 42,
      stylePreset: 'origami',
      cfgScale: 5,
      imageStrength: 0.4,
    });
    expect(sd3.initImage).toBe(init);
  });

  it('inpaint and erase run on their own endpoints whatever model is chosen; erase sends no prompt', () => {
    const inpaint = normalize({ mode: 'masking', ...image, maskImage: mask });
    expect([inpaint.engineId, inpaint.endpoint, inpaint.maskImage]).toEqual([
      'inpaint',
      'edit/inpaint',
      mask,
    ]);
    expect(inpaint.params).toMatchObject({
      growMask: 12,
      maskSource: 'MASK_IMAGE_WHITE',
      stylePreset: 'origami',
    });
    const erase = normalize({ mode: 'erase', engineId: 'ultra', ...image, maskImage: mask });
    expect([erase.engineId, erase.endpoint]).toEqual(['erase', 'edit/erase']);
    expect(erase.params).toEqual({
      prompts: [],
      samples: 2,
      seed: 42,
      growMask: 12,
      maskSource: 'MASK_IMAGE_WHITE',
    });
    // The image's own transparency is the mask: no mask part.
    const alpha = normalize({
      mode: 'masking',
      ...image,
      maskImage: mask,
      params: { ...panel, maskSource: 'INIT_IMAGE_ALPHA' },
    });
    expect(alpha.maskImage).toBeUndefined();
  });

  it('costs the model’s or endpoint’s credits per picture (§6)', () => {
    expect(info.cost(normalize({}))).toBe(6);
    expect(info.cost(normalize({ engineId: 'sd3.5-large', params: { ...panel, samples: 3 } }))).toBe(19.5);
    expect(info.cost(normalize({ mode: 'masking', ...image, maskImage: mask }))).toBe(10);
    const up = { mode: 'upscale' as const, ...image, params: { prompts: [] } };
    expect(info.cost(normalize({ ...up, engineId: 'upscale-fast' }))).toBe(2);
    expect(info.cost(normalize({ ...up, engineId: 'upscale-conservative' }))).toBe(40);
  });

  it('splits N samples into N one-picture requests with seeds s, s+1, … (wrapping past the largest)', () => {
    const seeds = (seed: number, samples: number) =>
      info
        .split(normalize({ params: { ...panel, seed, samples } }))
        .map((r) => [r.params.seed, r.params.samples]);
    expect(seeds(100, 3)).toEqual([
      [100, 1],
      [101, 1],
      [102, 1],
    ]);
    expect(seeds(0, 2)).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(seeds(4_294_967_294, 2)).toEqual([
      [4_294_967_294, 1],
      [1, 1],
    ]);
    const one = normalize({ params: { ...panel, samples: 1 } });
    expect(info.split(one)).toEqual([one]);
  });
});

describe('v2beta backend: prompts as the API takes them (§2.5)', () => {
  it('joins positive rows into prompt (weights ≠ 1 inline, clamped to 0–1) and negative rows into negative_prompt', () => {
    expect(
      v2betaPrompts([
        { text: ' a red fox ', weight: 1 },
        { text: 'autumn', weight: 0.3 },
        { text: 'gold', weight: 2 },
        { text: '', weight: 1 },
        { text: 'blurry', weight: -1 },
        { text: 'text', weight: -0.5 },
        { text: 'haze', weight: 0 },
      ]),
    ).toEqual({
      prompt: 'a red fox, (autumn:0.3), gold, (haze:0)',
      negativePrompt: 'blurry, text',
      notes: [
        'Prompt 3: weight 2 is sent as 1, the most the API takes.',
        'Prompt 6: weight -0.5 is not sent; negative_prompt has no weights.',
      ],
    });
  });

  it('previews what is sent: both fields, or why nothing is', () => {
    expect(previewV2betaPrompts(normalize({}))).toEqual({
      fields: [
        { name: 'prompt', text: 'a lighthouse' },
        { name: 'negative_prompt', text: 'fog' },
      ],
      notes: [],
    });
    expect(previewV2betaPrompts(normalize({ mode: 'erase', ...image, maskImage: mask })).notes).toEqual([
      'Erase sends no prompt: the masked area is filled from what surrounds it.',
    ]);
  });
});
