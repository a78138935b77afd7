import { describe, expect, it } from 'vitest';
import { validateOptions } from '../../lib/api';
import { buildGenerationRequest } from './buildGenerationRequest';
import { defaultOptions, type GenerationOptions } from './generationOptions';

function options(patch: Partial<GenerationOptions> = {}): GenerationOptions {
  return {
    ...defaultOptions(),
    prompts: [
      { id: 'a', text: 'a red fox', weight: 1 },
      { id: 'b', text: 'blurry', weight: -0.5 },
    ],
    ...patch,
  };
}

describe('buildGenerationRequest', () => {
  it('builds a text-to-image JSON request with every option on the wire in snake_case', () => {
    const req = buildGenerationRequest(
      options({ width: 768, height: 512, steps: 30, cfgScale: 9, sampler: 'K_EULER', samples: 3, seed: 42 }),
      null,
    );
    expect(req).toEqual({
      mode: 'text-to-image',
      engineId: 'stable-diffusion-v1-5',
      accept: 'application/json',
      options: {
        text_prompts: [
          { text: 'a red fox', weight: 1 },
          { text: 'blurry', weight: -0.5 },
        ],
        cfg_scale: 9,
        clip_guidance_preset: 'NONE',
        samples: 3,
        seed: 42,
        steps: 30,
        sampler: 'K_EULER',
        width: 768,
        height: 512,
      },
    });
    expect(req.initImage).toBeUndefined();
  });

  it("omits the sampler for the engine's choice and keeps seed 0 (random)", () => {
    const req = buildGenerationRequest(options({ sampler: null, seed: 0 }), null);
    expect('sampler' in req.options).toBe(false);
    expect(req.options.seed).toBe(0);
  });

  it('keeps prompt order and weights, so reordering rows changes the request', () => {
    const o = options();
    const swapped = { ...o, prompts: [o.prompts[1]!, o.prompts[0]!] };
    expect(buildGenerationRequest(swapped, null).options.text_prompts.map((p) => p.text)).toEqual([
      'blurry',
      'a red fox',
    ]);
  });

  it('produces options that pass the shared validator when the panel is valid', () => {
    const req = buildGenerationRequest(options(), null);
    const res = validateOptions(req.options, { mode: req.mode, engineId: req.engineId, accept: req.accept });
    expect(res.ok).toBe(true);
  });

  it('turns an empty field (NaN) into a validation issue rather than a silent default', () => {
    const req = buildGenerationRequest(options({ steps: Number.NaN }), null);
    const res = validateOptions(req.options, { mode: req.mode, engineId: req.engineId });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.issues.map((i) => i.field)).toContain('steps');
  });

  it('image-to-image: sends step_schedule_start = 1 − strength and the init image, no size', () => {
    const init = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });
    const req = buildGenerationRequest(options({ imageStrength: 0.35, stepScheduleEnd: 0.01 }), {
      initImage: init,
      width: 512,
      height: 512,
    });
    expect(req.mode).toBe('image-to-image');
    expect(req.initImage).toBe(init);
    expect(req.maskImage).toBeUndefined();
    expect(req.options.step_schedule_start).toBe(0.65);
    expect(req.options.step_schedule_end).toBe(0.01);
    expect(req.options.width).toBeUndefined();
    expect(req.options.mask_source).toBeUndefined();
  });

  it('masking: adds the mask and its source', () => {
    const init = new Blob(['i']);
    const mask = new Blob(['m']);
    const req = buildGenerationRequest(options({ maskSource: 'MASK_IMAGE_BLACK', imageStrength: 0 }), {
      initImage: init,
      width: 512,
      height: 512,
      maskImage: mask,
    });
    expect(req.mode).toBe('masking');
    expect(req.maskImage).toBe(mask);
    expect(req.options.mask_source).toBe('MASK_IMAGE_BLACK');
    expect(req.options.step_schedule_start).toBe(1);
  });

  it('alpha inpainting: a transparent init image is the mask, so no mask_image is uploaded', () => {
    const init = new Blob(['i']);
    const painted = new Blob(['m']);
    const opts = options({ maskSource: 'INIT_IMAGE_ALPHA' });
    const bare = buildGenerationRequest(opts, {
      initImage: init,
      width: 512,
      height: 512,
      initHasAlpha: true,
    });
    expect(bare.mode).toBe('masking');
    expect(bare.options.mask_source).toBe('INIT_IMAGE_ALPHA');
    expect(bare.maskImage).toBeUndefined();
    const withPaint = buildGenerationRequest(opts, {
      initImage: init,
      width: 512,
      height: 512,
      initHasAlpha: true,
      maskImage: painted,
    });
    expect(withPaint.mode).toBe('masking');
    expect(withPaint.maskImage).toBeUndefined();
  });

  it('an opaque image with alpha chosen as the source stays image-to-image until a mask is painted', () => {
    const req = buildGenerationRequest(options({ maskSource: 'INIT_IMAGE_ALPHA' }), {
      initImage: new Blob(['i']),
      width: 512,
      height: 512,
      initHasAlpha: false,
    });
    expect(req.mode).toBe('image-to-image');
    expect(req.options.mask_source).toBeUndefined();
  });
});
