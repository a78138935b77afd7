import { describe, expect, it } from 'vitest';
import type { GenerationParams, GenerationRequest } from '../../backend/GenerationRequest.ts';
import { validateOptions } from '../../validateOptions.ts';
import { validationContextOf } from '../../validationContextOf.ts';
import { conn, KEY } from '../../testFetch.ts';
import { paramsFromV1alphaWire, v1alphaWireOptions } from '../v1x/wireOptions.ts';
import { v1alphaBackend as backend } from './runtime.ts';

const init = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });
const mask = new Blob(['m']);
const prompts = [
  { text: 'a red fox', weight: 1 },
  { text: 'blurry', weight: -0.5 },
];
/** Everything the panel sends, whatever the mode; `normalize` keeps what the mode reads. */
const panel: GenerationParams = {
  prompts,
  width: 768,
  height: 512,
  steps: 30,
  cfgScale: 9,
  sampler: 'K_EULER',
  clipGuidancePreset: 'NONE',
  stylePreset: 'anime',
  samples: 3,
  seed: 42,
  imageStrength: 0.35,
  stepScheduleEnd: 0.01,
  maskSource: 'MASK_IMAGE_WHITE',
};
const request = (patch: Partial<GenerationRequest> = {}): GenerationRequest =>
  backend.normalize({
    backend: 'v1alpha',
    mode: 'text-to-image',
    engineId: 'stable-diffusion-v1-5',
    params: panel,
    ...patch,
  });
const image = { initImage: init, initImageSize: { width: 512, height: 512 } };

describe('v1alpha backend: what the studio has always sent', () => {
  it('text-to-image: the JSON body, key for key and in the same order as before the seam', () => {
    const { url, init: req } = backend.wire.generate(request(), conn);
    expect(url).toBe('http://127.0.0.1:7860/v1alpha/generation/stable-diffusion-v1-5/text-to-image');
    expect(req.body).toBe(
      JSON.stringify({
        text_prompts: prompts,
        cfg_scale: 9,
        clip_guidance_preset: 'NONE',
        samples: 3,
        seed: 42,
        steps: 30,
        sampler: 'K_EULER',
        width: 768,
        height: 512,
      }),
    );
    const h = new Headers(req.headers);
    expect(h.get('Authorization')).toBe(KEY);
    expect(h.get('Content-Type')).toBe('application/json');
  });

  it('omits the sampler for the engine’s choice and keeps seed 0 (random)', () => {
    const { sampler: _, ...rest } = panel;
    const options = v1alphaWireOptions(request({ params: { ...rest, seed: 0 } }).params);
    expect('sampler' in options).toBe(false);
    expect(options.seed).toBe(0);
  });

  it('image-to-image: step_schedule_start = 1 − strength, the init image, no size, no mask', async () => {
    const req = request({ mode: 'image-to-image', ...image, maskImage: mask });
    expect(req.maskImage).toBeUndefined();
    const form = backend.wire.generate(req, conn).init.body as FormData;
    expect([...form.keys()]).toEqual(['init_image', 'options']);
    const options: unknown = JSON.parse(String(form.get('options')));
    expect(options).toEqual({
      text_prompts: prompts,
      cfg_scale: 9,
      clip_guidance_preset: 'NONE',
      samples: 3,
      seed: 42,
      steps: 30,
      sampler: 'K_EULER',
      step_schedule_start: 0.65,
      step_schedule_end: 0.01,
    });
    expect(new Uint8Array(await (form.get('init_image') as Blob).arrayBuffer())).toEqual(
      new Uint8Array([1, 2, 3]),
    );
  });

  it('masking: the mask part and its source, the schedule end, and no strength left over from image-to-image', () => {
    const req = request({
      mode: 'masking',
      ...image,
      maskImage: mask,
      params: { ...panel, imageStrength: 0 },
    });
    expect(req.params.imageStrength).toBeUndefined();
    const form = backend.wire.generate(req, conn).init.body as FormData;
    expect([...form.keys()]).toEqual(['init_image', 'mask_image', 'options']);
    const options = JSON.parse(String(form.get('options'))) as Record<string, unknown>;
    expect(options).toMatchObject({ mask_source: 'MASK_IMAGE_WHITE', step_schedule_end: 0.01 });
    expect('step_schedule_start' in options).toBe(false);
  });

  it('alpha inpainting: the init image’s transparency is the mask, so no mask part is uploaded', () => {
    const req = request({
      mode: 'masking',
      ...image,
      maskImage: mask,
      params: { ...panel, maskSource: 'INIT_IMAGE_ALPHA' },
    });
    expect(req.maskImage).toBeUndefined();
    expect([...(backend.wire.generate(req, conn).init.body as FormData).keys()]).toEqual([
      'init_image',
      'options',
    ]);
  });

  it('records what it sends: the stored params read back to the same options (recipes before the seam too)', () => {
    for (const mode of ['text-to-image', 'image-to-image', 'masking'] as const) {
      const options = v1alphaWireOptions(request({ mode, ...image, maskImage: mask }).params);
      expect(v1alphaWireOptions(paramsFromV1alphaWire(options))).toEqual(options);
    }
    expect(paramsFromV1alphaWire({ text_prompts: [{ text: 'x' }], step_schedule_start: 0.65 })).toEqual({
      prompts: [{ text: 'x', weight: 1 }],
      imageStrength: 0.35,
    });
  });
});

describe('v1alpha backend: rules, in the panel’s words', () => {
  const issues = (patch: Partial<GenerationRequest>) => backend.validate(request(patch));

  it('passes what the panel sends by default, and judges exactly what validateOptions judges', () => {
    const req = request();
    expect(backend.validate(req)).toEqual([]);
    expect(validateOptions(v1alphaWireOptions(req.params), validationContextOf(req)).ok).toBe(true);
  });

  it('names neutral fields and says them as the panel labels them', () => {
    expect(issues({ params: { ...panel, cfgScale: 99 } })).toEqual([
      { field: 'cfgScale', code: 'bad_request', message: 'CFG scale must be a number from 0 to 35' },
    ]);
    expect(issues({ params: { ...panel, steps: Number.NaN } }).map((i) => i.field)).toEqual(['steps']);
    expect(issues({ params: { ...panel, prompts: [prompts[0]!, { text: '', weight: 1 }] } })).toMatchObject([
      { field: 'prompts.1.text' },
    ]);
    expect(issues({ params: { ...panel, width: 500 } })).toMatchObject([
      { field: 'size', code: 'invalid_height_or_width' },
    ]);
    expect(issues({ params: { ...panel, seed: 2_147_483_648 } })).toMatchObject([
      { field: 'seed', message: 'Seed must be an integer from 0 to 2147483647 (0 means random)' },
    ]);
  });

  it('an init image the engine refuses is an initImage issue, without the wire prefix', () => {
    const [issue] = issues({
      mode: 'image-to-image',
      initImage: init,
      initImageSize: { width: 500, height: 500 },
    });
    expect(issue).toEqual({
      field: 'initImage',
      code: 'invalid_height_or_width',
      message: 'Height and width must be specified in increments of 64 (got 500×500)',
    });
  });

  it('has no upscale and no style preset', () => {
    expect(backend.capabilities.modes).not.toContain('upscale');
    expect(backend.fields('stable-diffusion-v1-5', 'text-to-image').stylePreset).toBeUndefined();
    expect(request().params.stylePreset).toBeUndefined();
    expect(issues({ mode: 'upscale', ...image })).toEqual([
      { field: 'form', code: 'bad_request', message: 'v1alpha has no upscaling' },
    ]);
  });
});

describe('v1alpha backend: fields, cost and split', () => {
  it('offers per mode exactly the fields its API reads', () => {
    const t2i = backend.fields('stable-diffusion-xl-1024-v1-0', 'text-to-image');
    expect(t2i.size).toMatchObject({ kind: 'explicit', step: 64, sideMin: 128, rule: { kind: 'list' } });
    expect(t2i.seed).toMatchObject({ min: 0, max: 2_147_483_647 });
    expect(t2i.steps?.default).toBe(50);
    expect(t2i.imageStrength).toBeUndefined();
    const masking = backend.fields('stable-diffusion-v1-5', 'masking');
    expect(masking.maskSource?.values).toContain('INIT_IMAGE_ALPHA');
    // Inpainting shows no strength, so none is sent (issue 10 §3); the schedule's end is shown and sent.
    expect(masking.imageStrength).toBeUndefined();
    expect(masking.stepScheduleEnd?.default).toBe(0.01);
    expect(backend.fields('stable-diffusion-v1-5', 'image-to-image').imageStrength?.default).toBe(0.35);
  });

  it('costs what the engine charges: 0.2 per 512², 50-step image, by pixels and steps', () => {
    const base = { ...panel, width: 512, height: 512, steps: 50, samples: 2 };
    expect(backend.cost(request({ params: base }))).toBe(0.4);
    expect(backend.cost(request({ params: { ...base, width: 1024, steps: 25, samples: 1 } }))).toBe(0.2);
    expect(backend.cost(request({ mode: 'image-to-image', ...image, params: { ...base, samples: 1 } }))).toBe(
      0.2,
    );
  });

  it('splits more samples than one request takes into consecutive seeds', () => {
    const parts = backend.split(request({ params: { ...panel, samples: 25, seed: 100 } }));
    expect(parts.map((p) => [p.params.seed, p.params.samples])).toEqual([
      [100, 10],
      [110, 10],
      [120, 5],
    ]);
    const random = backend.split(request({ params: { ...panel, samples: 12, seed: 0 } }));
    expect(random.map((p) => [p.params.seed, p.params.samples])).toEqual([
      [0, 10],
      [0, 2],
    ]);
    expect(backend.split(request())).toHaveLength(1);
  });
});
