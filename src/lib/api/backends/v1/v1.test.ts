import { describe, expect, it } from 'vitest';
import type { GenerationParams, GenerationRequest } from '../../backend/GenerationRequest.ts';
import { createClient } from '../../createClient.ts';
import { ApiError } from '../../errors.ts';
import { V1_RULES } from '../../optionRules.ts';
import { b64, conn, KEY, PNG, rejection, stubFetch } from '../../testFetch.ts';
import { readFlattenedV1Fields, type V1Field } from '../../v1Fields.ts';
import { validateOptions } from '../../validateOptions.ts';
import { STYLE_PRESETS } from '../../wire.ts';
import { v1Backend as backend } from './runtime.ts';

const init = new Blob([PNG], { type: 'image/png' });
const mask = new Blob(['m']);
const prompts = [
  { text: 'a lighthouse', weight: 1 },
  { text: 'fog', weight: -0.7 },
];
const panel: GenerationParams = {
  prompts,
  width: 1024,
  height: 1024,
  steps: 30,
  cfgScale: 7,
  sampler: 'K_DPMPP_2M',
  clipGuidancePreset: 'NONE',
  stylePreset: 'origami',
  samples: 2,
  seed: 4_294_967_295,
  imageStrength: 0.4,
  stepScheduleEnd: 0.01,
  maskSource: 'MASK_IMAGE_WHITE',
};
const request = (patch: Partial<GenerationRequest> = {}): GenerationRequest =>
  backend.normalize({
    backend: 'v1',
    mode: 'text-to-image',
    engineId: 'stable-diffusion-xl-1024-v1-0',
    params: panel,
    ...patch,
  });
const image = { initImage: init, initImageSize: { width: 1024, height: 1024 } };
const upscale = (target: GenerationParams['upscale'] = {}) =>
  request({
    mode: 'upscale',
    engineId: 'esrgan-v1-x2plus',
    initImage: init,
    initImageSize: { width: 512, height: 512 },
    params: { prompts: [], upscale: target },
  });

/** The text fields of a multipart body, in order (images left out), as the engine's reader takes them. */
function textFields(form: FormData): V1Field[] {
  return [...form.entries()].flatMap(([name, value]) =>
    typeof value === 'string' ? [[name, value] as const] : [],
  );
}

describe('v1 backend: requests on the wire (shared/API.md §v1)', () => {
  it('text-to-image: JSON with v1’s style_preset, a uint32 seed and a Bearer key', () => {
    const { url, init: req } = backend.wire.generate(request(), conn);
    expect(url).toBe('http://127.0.0.1:7860/v1/generation/stable-diffusion-xl-1024-v1-0/text-to-image');
    expect(JSON.parse(String(req.body))).toEqual({
      text_prompts: prompts,
      cfg_scale: 7,
      clip_guidance_preset: 'NONE',
      samples: 2,
      seed: 4_294_967_295,
      steps: 30,
      sampler: 'K_DPMPP_2M',
      width: 1024,
      height: 1024,
      style_preset: 'origami',
    });
    const h = new Headers(req.headers);
    expect(h.get('Authorization')).toBe(`Bearer ${KEY}`);
    expect(h.get('Organization')).toBe('org-a');
    expect(h.get('Accept')).toBe('application/json');
  });

  it('image-to-image: flattened text fields (no options part), image strength in v1’s form, no size', () => {
    const { url, init: req } = backend.wire.generate(request({ mode: 'image-to-image', ...image }), conn);
    expect(url).toMatch(/\/v1\/generation\/stable-diffusion-xl-1024-v1-0\/image-to-image$/);
    const form = req.body as FormData;
    expect(form.has('options')).toBe(false);
    expect(form.get('init_image')).toBeInstanceOf(Blob);
    expect(textFields(form)).toEqual([
      ['text_prompts[0][text]', 'a lighthouse'],
      ['text_prompts[0][weight]', '1'],
      ['text_prompts[1][text]', 'fog'],
      ['text_prompts[1][weight]', '-0.7'],
      ['cfg_scale', '7'],
      ['samples', '2'],
      ['seed', '4294967295'],
      ['steps', '30'],
      ['image_strength', '0.4'],
      ['clip_guidance_preset', 'NONE'],
      ['sampler', 'K_DPMPP_2M'],
      ['style_preset', 'origami'],
      ['init_image_mode', 'IMAGE_STRENGTH'],
    ]);
  });

  it('the engine’s reader reads the fields back to what was meant, and v1’s rules pass them', () => {
    const req = request({ mode: 'image-to-image', ...image });
    const read = readFlattenedV1Fields(textFields(backend.wire.generate(req, conn).init.body as FormData));
    expect(read.issues).toEqual([]);
    const checked = validateOptions(read.options, {
      mode: 'image-to-image',
      engineId: req.engineId,
      initImageSize: req.initImageSize,
      rules: V1_RULES,
    });
    expect(checked.ok && checked.options).toMatchObject({
      step_schedule_start: 0.6,
      seed: 4_294_967_295,
      style_preset: 'origami',
      text_prompts: prompts,
    });
  });

  it('masking: the mask part and mask_source, no strength (v1’s masking takes none)', () => {
    const form = backend.wire.generate(request({ mode: 'masking', ...image, maskImage: mask }), conn).init
      .body as FormData;
    expect([...form.keys()].slice(0, 2)).toEqual(['init_image', 'mask_image']);
    expect(form.get('mask_source')).toBe('MASK_IMAGE_WHITE');
    expect(form.has('image_strength')).toBe(false);
    expect(form.has('step_schedule_end')).toBe(false);
    const alpha = request({
      mode: 'masking',
      ...image,
      maskImage: mask,
      params: { ...panel, maskSource: 'INIT_IMAGE_ALPHA' },
    });
    expect((backend.wire.generate(alpha, conn).init.body as FormData).has('mask_image')).toBe(false);
  });

  it('upscale: the image part and at most one side, under the upscale engine', () => {
    const { url, init: req } = backend.wire.generate(upscale(), conn);
    expect(url).toBe('http://127.0.0.1:7860/v1/generation/esrgan-v1-x2plus/image-to-image/upscale');
    expect([...(req.body as FormData).keys()]).toEqual(['image']);
    const wide = backend.wire.generate(upscale({ width: 1536 }), conn).init.body as FormData;
    expect(textFields(wide)).toEqual([['width', '1536']]);
  });
});

describe('v1 backend: answers (shared/API.md §v1, reference/v1-2023.yaml)', () => {
  const decode = (body: unknown, headers: Record<string, string> = {}) =>
    backend.wire.decodeGeneration(
      {
        status: 200,
        headers: new Headers(headers),
        body:
          body instanceof Uint8Array ? new Uint8Array(body) : new TextEncoder().encode(JSON.stringify(body)),
      },
      request(),
      KEY,
    );
  const artifact = (seed: number) => ({ base64: b64(PNG), seed, finishReason: 'SUCCESS' });

  it('reads the artifacts JSON, the bare array the 2023 spec writes, and raw PNG with a uint32 Seed', () => {
    const seedsOf = (r: ReturnType<typeof decode>) => (r.ok ? r.images.map((i) => i.seed) : r.error.message);
    expect(seedsOf(decode({ artifacts: [artifact(1), artifact(2)] }))).toEqual([1, 2]);
    expect(seedsOf(decode([artifact(4_294_967_295)]))).toEqual([4_294_967_295]);
    expect(seedsOf(decode(PNG, { Seed: '4294967295', 'Finish-Reason': 'CONTENT_FILTERED' }))).toEqual([
      4_294_967_295,
    ]);
    expect(decode({ images: [] })).toMatchObject({ ok: false, error: { code: 'invalid_response' } });
  });

  it.each([
    [
      400,
      'bad_request',
      'invalid_sdxl_v1_dimensions: stable-diffusion-xl-1024-v1-0 accepts only …',
      'invalid_sdxl_v1_dimensions',
      false,
    ],
    [401, 'unauthorized', 'Missing or invalid API key', 'unauthorized', false],
    [404, 'not_found', 'engine not found', 'not_found', false],
    [500, 'server_error', 'An unexpected server error occurred', 'server_error', true],
  ])('reads a %i {id, name, message} error', (status, name, message, code, fault) => {
    const e = backend.wire.decodeError(status, JSON.stringify({ id: 'e-1', name, message }), KEY);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ status, errorName: name, code, id: 'e-1', fault });
  });

  it('lists engines from the bare array (PICTURE only), with the upscaler in upscale mode', async () => {
    const engines = [
      { id: 'stable-diffusion-v1-6', name: 'SD 1.6', description: 'd', type: 'PICTURE' },
      { id: 'esrgan-v1-x2plus', name: 'Real-ESRGAN x2', description: 'u', type: 'PICTURE' },
      { id: 'gpt', name: 'Text', description: 't', type: 'TEXT' },
    ];
    const { fetch, calls } = stubFetch(() => Response.json(engines));
    const list = await createClient(conn, backend, fetch).listEngines();
    expect(calls[0]?.url).toBe('http://127.0.0.1:7860/v1/engines/list');
    expect(new Headers(calls[0]!.init.headers).get('Authorization')).toBe(`Bearer ${KEY}`);
    expect(list.map((e) => [e.id, e.modes])).toEqual([
      ['stable-diffusion-v1-6', ['text-to-image', 'image-to-image', 'masking']],
      ['esrgan-v1-x2plus', ['upscale']],
    ]);
    const wrong = stubFetch(() => Response.json({ engines }));
    expect(await rejection(createClient(conn, backend, wrong.fetch).listEngines())).toMatchObject({
      code: 'invalid_response',
    });
  });

  it('reads account (extra fields ignored) and balance under /v1/user', async () => {
    const account = { id: 'user-1', email: 'a@b.c', organizations: [], profile_picture: 'https://x/p.png' };
    const { fetch, calls } = stubFetch(({ url }) =>
      url.endsWith('/account') ? Response.json(account) : Response.json({ credits: 0.63 }),
    );
    const client = createClient(conn, backend, fetch);
    expect(await client.getAccount()).toEqual({ id: 'user-1', email: 'a@b.c', organizations: [] });
    expect(await client.getBalance()).toEqual({ credits: 0.63 });
    expect(calls.map((c) => new URL(c.url).pathname)).toEqual(['/v1/user/account', '/v1/user/balance']);
  });
});

describe('v1 backend: rules and fields', () => {
  it('takes seeds up to 4294967295 and v1’s 17 style presets', () => {
    expect(backend.validate(request())).toEqual([]);
    expect(backend.validate(request({ params: { ...panel, seed: 4_294_967_296 } }))).toMatchObject([
      { field: 'seed', message: 'Seed must be an integer from 0 to 4294967295 (0 means random)' },
    ]);
    expect(backend.validate(request({ params: { ...panel, stylePreset: 'watercolour' } }))).toMatchObject([
      { field: 'stylePreset', message: expect.stringMatching(/^Style preset must be one of 3d-model/) },
    ]);
    const fields = backend.fields('stable-diffusion-v1-6', 'text-to-image');
    expect(fields.stylePreset?.values).toEqual(STYLE_PRESETS);
    expect(fields.seed.max).toBe(4_294_967_295);
  });

  it('says SDXL sizes with v1’s own code', () => {
    expect(backend.validate(request({ params: { ...panel, width: 1024, height: 960 } }))).toMatchObject([
      { field: 'size', code: 'invalid_sdxl_v1_dimensions' },
    ]);
  });

  it('image modes: strength for image-to-image only, and no schedule end', () => {
    expect(backend.fields('stable-diffusion-v1-6', 'image-to-image').imageStrength?.default).toBe(0.35);
    expect(backend.fields('stable-diffusion-v1-6', 'image-to-image').stepScheduleEnd).toBeUndefined();
    expect(backend.fields('stable-diffusion-v1-6', 'masking').imageStrength).toBeUndefined();
    expect(request({ mode: 'image-to-image', ...image }).params.stepScheduleEnd).toBeUndefined();
    expect(request({ mode: 'masking', ...image }).params.imageStrength).toBeUndefined();
  });

  it('upscales with esrgan-v1-x2plus within its pixel limits, flat 0.2 credits', () => {
    expect(backend.capabilities.modes).toContain('upscale');
    expect(backend.capabilities.catalogue.find((e) => e.modes.includes('upscale'))?.id).toBe(
      'esrgan-v1-x2plus',
    );
    expect(backend.fields('esrgan-v1-x2plus', 'upscale').upscale).toEqual({
      maxOutputPixels: 4_194_304,
      maxInputPixels: 1_048_576,
      factor: 2,
    });
    expect(backend.validate(upscale())).toEqual([]);
    expect(backend.validate(upscale({ width: 1024, height: 1024 }))).toMatchObject([{ field: 'upscale' }]);
    expect(backend.validate({ ...upscale(), initImageSize: { width: 2048, height: 1024 } })).toMatchObject([
      { field: 'initImage', code: 'invalid_pixel_count' },
    ]);
    expect(backend.validate({ ...upscale(), engineId: 'stable-diffusion-v1-6' })).toMatchObject([
      { field: 'engineId' },
    ]);
    expect(backend.validate({ ...request(), engineId: 'esrgan-v1-x2plus' })).toMatchObject([
      { field: 'engineId' },
    ]);
    expect(backend.cost(upscale())).toBe(0.2);
    expect(upscale().params).toEqual({ prompts: [], upscale: {} });
  });
});
