import { describe, expect, it } from 'vitest';
import type { CanvasInputs } from '../canvas';
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

const canvas = (patch: Partial<CanvasInputs> = {}): CanvasInputs => ({
  initImage: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }),
  mask: null,
  width: 512,
  height: 512,
  initHasAlpha: false,
  ...patch,
});

// What each API sends on the wire for these requests is tested with its backend (lib/api/backends).
describe('buildGenerationRequest', () => {
  it('builds a text-to-image request of the chosen API with every option the mode reads', () => {
    const req = buildGenerationRequest(
      options({ width: 768, height: 512, steps: 30, cfgScale: 9, sampler: 'K_EULER', samples: 3, seed: 42 }),
      null,
      'v1alpha',
    );
    expect(req).toEqual({
      backend: 'v1alpha',
      mode: 'text-to-image',
      engineId: 'stable-diffusion-v1-5',
      params: {
        prompts: [
          { text: 'a red fox', weight: 1 },
          { text: 'blurry', weight: -0.5 },
        ],
        width: 768,
        height: 512,
        steps: 30,
        cfgScale: 9,
        sampler: 'K_EULER',
        clipGuidancePreset: 'NONE',
        samples: 3,
        seed: 42,
      },
    });
  });

  it("omits the sampler for the engine's choice, keeps seed 0 (random), and a style preset only where the API has one", () => {
    const req = buildGenerationRequest(
      options({ sampler: null, seed: 0, stylePreset: 'anime' }),
      null,
      'v1alpha',
    );
    expect('sampler' in req.params).toBe(false);
    expect(req.params.seed).toBe(0);
    expect(req.params.stylePreset).toBeUndefined();
    expect(buildGenerationRequest(options({ stylePreset: 'anime' }), null, 'v1').params.stylePreset).toBe(
      'anime',
    );
  });

  it('keeps prompt order and weights, so reordering rows changes the request', () => {
    const o = options();
    const swapped = { ...o, prompts: [o.prompts[1]!, o.prompts[0]!] };
    expect(buildGenerationRequest(swapped, null, 'v1alpha').params.prompts.map((p) => p.text)).toEqual([
      'blurry',
      'a red fox',
    ]);
  });

  it('image-to-image: the strength and the init image with its size, no output size and no mask', () => {
    const input = canvas();
    const req = buildGenerationRequest(
      options({ imageStrength: 0.35, stepScheduleEnd: 0.01 }),
      input,
      'v1alpha',
    );
    expect(req.mode).toBe('image-to-image');
    expect(req.initImage).toBe(input.initImage);
    expect(req.initImageSize).toEqual({ width: 512, height: 512 });
    expect(req.maskImage).toBeUndefined();
    expect(req.params).toMatchObject({ imageStrength: 0.35, stepScheduleEnd: 0.01 });
    expect(req.params.width).toBeUndefined();
    expect(req.params.maskSource).toBeUndefined();
  });

  it('masking: the painted mask and its source', () => {
    const mask = new Blob(['m']);
    const req = buildGenerationRequest(
      options({ maskSource: 'MASK_IMAGE_BLACK' }),
      canvas({ mask }),
      'v1alpha',
    );
    expect(req.mode).toBe('masking');
    expect(req.maskImage).toBe(mask);
    expect(req.params.maskSource).toBe('MASK_IMAGE_BLACK');
  });

  it('alpha inpainting: a transparent init image is the mask, so no mask is uploaded', () => {
    const opts = options({ maskSource: 'INIT_IMAGE_ALPHA' });
    const bare = buildGenerationRequest(opts, canvas({ initHasAlpha: true }), 'v1alpha');
    expect(bare.mode).toBe('masking');
    expect(bare.params.maskSource).toBe('INIT_IMAGE_ALPHA');
    expect(bare.maskImage).toBeUndefined();
    const withPaint = buildGenerationRequest(
      opts,
      canvas({ initHasAlpha: true, mask: new Blob(['m']) }),
      'v1alpha',
    );
    expect(withPaint.mode).toBe('masking');
    expect(withPaint.maskImage).toBeUndefined();
  });

  it('an opaque image with alpha chosen as the source stays image-to-image until a mask is painted', () => {
    const req = buildGenerationRequest(options({ maskSource: 'INIT_IMAGE_ALPHA' }), canvas(), 'v1alpha');
    expect(req.mode).toBe('image-to-image');
    expect(req.params.maskSource).toBeUndefined();
  });

  it('Stable Image (v2beta): the aspect ratio instead of a size, the model’s endpoint recorded', () => {
    const req = buildGenerationRequest(
      options({ engineId: 'sd3.5-large', aspectRatio: '16:9', cfgScale: 4, stylePreset: 'anime', seed: 9 }),
      null,
      'v2beta',
    );
    expect(req).toEqual({
      backend: 'v2beta',
      mode: 'text-to-image',
      engineId: 'sd3.5-large',
      endpoint: 'generate/sd3',
      params: {
        prompts: [
          { text: 'a red fox', weight: 1 },
          { text: 'blurry', weight: -0.5 },
        ],
        aspectRatio: '16:9',
        cfgScale: 4,
        stylePreset: 'anime',
        samples: 1,
        seed: 9,
      },
    });
  });

  it('v2beta: a painted mask inpaints with Grow mask, or erases (no prompt) when Erase is chosen', () => {
    const painted = canvas({ mask: new Blob([new Uint8Array([9])]) });
    const inpaint = buildGenerationRequest(options({ growMask: 20 }), painted, 'v2beta');
    expect([inpaint.mode, inpaint.engineId, inpaint.endpoint]).toEqual([
      'masking',
      'inpaint',
      'edit/inpaint',
    ]);
    expect(inpaint.params.growMask).toBe(20);
    expect(inpaint.maskImage).toBe(painted.mask);
    const erase = buildGenerationRequest(options({ maskAction: 'erase' }), painted, 'v2beta');
    expect([erase.mode, erase.endpoint, erase.params.prompts]).toEqual(['erase', 'edit/erase', []]);
    expect(erase.maskImage).toBe(painted.mask);
    // An API without Erase inpaints: the choice shows only where Erase exists.
    expect(buildGenerationRequest(options({ maskAction: 'erase' }), painted, 'v1').mode).toBe('masking');
    // No mask painted: Erase waits, the image is reworked whole.
    expect(buildGenerationRequest(options({ maskAction: 'erase' }), canvas(), 'v2beta').mode).toBe(
      'image-to-image',
    );
  });

  it('an extended canvas: v2beta outpaints the picture before with the margins; v1 inpaints the enlarged one', () => {
    const before = new Blob([new Uint8Array([7])], { type: 'image/png' });
    const extended = canvas({
      width: 768,
      mask: new Blob([new Uint8Array([9])]),
      outpaint: {
        image: before,
        width: 512,
        height: 512,
        margins: { left: 0, right: 256, top: 64, bottom: 0 },
      },
    });
    const out = buildGenerationRequest(options({ seed: 5 }), extended, 'v2beta');
    expect([out.mode, out.engineId, out.endpoint]).toEqual(['outpaint', 'outpaint', 'edit/outpaint']);
    expect(out.params.outpaint).toEqual({ left: 0, right: 256, up: 64, down: 0 });
    expect(out.initImage).toBe(before);
    expect(out.initImageSize).toEqual({ width: 512, height: 512 });
    expect(out.maskImage).toBeUndefined();
    expect(out.params.seed).toBe(5);
    // Without an outpaint endpoint: the enlarged picture and its mask, like every other inpaint.
    const inpaint = buildGenerationRequest(options(), extended, 'v1');
    expect(inpaint.mode).toBe('masking');
    expect(inpaint.initImage).toBe(extended.initImage);
    expect(inpaint.maskImage).toBe(extended.mask);
    expect(inpaint.initImageSize).toEqual({ width: 768, height: 512 });
    expect(inpaint.params.outpaint).toBeUndefined();
  });
});
