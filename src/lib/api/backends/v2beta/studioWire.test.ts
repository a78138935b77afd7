import { describe, expect, it } from 'vitest';
import type { GenerationParams, GenerationRequest } from '../../backend/GenerationRequest.ts';
import { createClient } from '../../createClient.ts';
import { ApiError } from '../../errors.ts';
import { b64, conn, KEY, PNG, rejection, stubFetch } from '../../testFetch.ts';
import { v2betaBackend as backend } from './runtime.ts';
import { validateV2beta, type V2betaImages } from './validateV2beta.ts';
import type { V2betaEndpoint } from './vocabulary.ts';

const init = new Blob([PNG], { type: 'image/png' });
const mask = new Blob(['m']);
const params: GenerationParams = {
  prompts: [
    { text: 'a lighthouse', weight: 1 },
    { text: 'storm', weight: 0.5 },
    { text: 'fog', weight: -1 },
  ],
  aspectRatio: '16:9',
  stylePreset: 'origami',
  cfgScale: 5,
  samples: 1,
  seed: 42,
  imageStrength: 0.7,
  maskSource: 'MASK_IMAGE_WHITE',
  growMask: 12,
  outpaint: { left: 64, right: 0, up: 128, down: 0 },
  creativity: 0.3,
};
const size = { width: 512, height: 512 };
const image = { initImage: init, initImageSize: size };
const request = (patch: Partial<GenerationRequest>): GenerationRequest =>
  backend.normalize({ backend: 'v2beta', mode: 'text-to-image', engineId: 'core', params, ...patch });

/** A request's parts as sent: text fields with their value, files as `<file name>`. */
function parts(req: GenerationRequest): { url: string; parts: Array<[string, string]>; headers: Headers } {
  const { url, init: http } = backend.wire.generate(req, conn);
  expect(http.method).toBe('POST');
  const body = http.body;
  if (!(body instanceof FormData)) throw new Error('not multipart');
  const list = [...body.entries()].map(([name, value]): [string, string] => [
    name,
    typeof value === 'string' ? value : `<${value.name}>`,
  ]);
  return { url, parts: list, headers: new Headers(http.headers) };
}

const PROMPT: [string, string] = ['prompt', 'a lighthouse, (storm:0.5)'];
const NEGATIVE: [string, string] = ['negative_prompt', 'fog'];
const SEED: [string, string] = ['seed', '42'];
const PNG_OUT: [string, string] = ['output_format', 'png'];
const STYLE: [string, string] = ['style_preset', 'origami'];

/** Every request shape the studio sends, with the parts the contract's tables give, in their order. */
const SHAPES: Array<[string, Partial<GenerationRequest>, V2betaEndpoint, Array<[string, string]>]> = [
  [
    'Ultra text-to-image',
    { engineId: 'ultra' },
    'generate/ultra',
    [PROMPT, NEGATIVE, ['aspect_ratio', '16:9'], SEED, PNG_OUT, STYLE],
  ],
  [
    'Core text-to-image',
    {},
    'generate/core',
    [PROMPT, ['aspect_ratio', '16:9'], NEGATIVE, SEED, STYLE, PNG_OUT],
  ],
  [
    'SD 3.5 text-to-image (model, CFG)',
    { engineId: 'sd3.5-large-turbo' },
    'generate/sd3',
    [
      PROMPT,
      ['mode', 'text-to-image'],
      ['aspect_ratio', '16:9'],
      ['model', 'sd3.5-large-turbo'],
      SEED,
      PNG_OUT,
      STYLE,
      NEGATIVE,
      ['cfg_scale', '5'],
    ],
  ],
  [
    'Ultra image-to-image (strength = 1 − image strength)',
    { engineId: 'ultra', mode: 'image-to-image', ...image },
    'generate/ultra',
    [PROMPT, NEGATIVE, SEED, PNG_OUT, ['image', '<image.png>'], ['strength', '0.3'], STYLE],
  ],
  [
    'SD 3.5 image-to-image (no aspect ratio)',
    { engineId: 'sd3.5-medium', mode: 'image-to-image', ...image },
    'generate/sd3',
    [
      PROMPT,
      ['mode', 'image-to-image'],
      ['image', '<image.png>'],
      ['strength', '0.3'],
      ['model', 'sd3.5-medium'],
      SEED,
      PNG_OUT,
      STYLE,
      NEGATIVE,
      ['cfg_scale', '5'],
    ],
  ],
  [
    'inpaint with a painted mask and grow_mask',
    { mode: 'masking', ...image, maskImage: mask },
    'edit/inpaint',
    [
      ['image', '<image.png>'],
      PROMPT,
      ['mask', '<mask.png>'],
      NEGATIVE,
      ['grow_mask', '12'],
      SEED,
      PNG_OUT,
      STYLE,
    ],
  ],
  [
    'inpaint with the image’s transparency (no mask part)',
    { mode: 'masking', ...image, maskImage: mask, params: { ...params, maskSource: 'INIT_IMAGE_ALPHA' } },
    'edit/inpaint',
    [['image', '<image.png>'], PROMPT, NEGATIVE, ['grow_mask', '12'], SEED, PNG_OUT, STYLE],
  ],
  [
    'erase (no prompt)',
    { mode: 'erase', ...image, maskImage: mask },
    'edit/erase',
    [['image', '<image.png>'], ['mask', '<mask.png>'], ['grow_mask', '12'], SEED, PNG_OUT],
  ],
  [
    'outpaint',
    { mode: 'outpaint', ...image },
    'edit/outpaint',
    [
      ['image', '<image.png>'],
      ['left', '64'],
      ['right', '0'],
      ['up', '128'],
      ['down', '0'],
      ['creativity', '0.3'],
      PROMPT,
      SEED,
      PNG_OUT,
      STYLE,
    ],
  ],
  [
    'fast upscale',
    { mode: 'upscale', engineId: 'upscale-fast', ...image },
    'upscale/fast',
    [['image', '<image.png>'], PNG_OUT],
  ],
  [
    'conservative upscale (with prompt)',
    { mode: 'upscale', engineId: 'upscale-conservative', ...image },
    'upscale/conservative',
    [['image', '<image.png>'], PROMPT, NEGATIVE, SEED, PNG_OUT, ['creativity', '0.3']],
  ],
];

describe('v2beta backend: every request shape on the wire (shared/API-v2beta.md §2, §4, §9)', () => {
  it.each(SHAPES)('%s', (_name, patch, endpoint, expected) => {
    const req = request(patch);
    const sent = parts(req);
    expect(sent.url).toBe(`http://127.0.0.1:7860/v2beta/stable-image/${endpoint}`);
    expect(sent.parts).toEqual(expected);
    // Bearer key, an explicit accept (JSON: seed and finish reason in the body), no Organization (v2beta
    // has none, and a browser's preflight would refuse it), no content type (FormData sets the boundary).
    expect(sent.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(sent.headers.get('accept')).toBe('application/json');
    expect(sent.headers.has('organization')).toBe(false);
    expect(sent.headers.has('content-type')).toBe(false);
    // The engine's own rules take what was sent.
    const fields = Object.fromEntries(sent.parts.filter(([, v]) => !v.startsWith('<')));
    const images: V2betaImages = Object.fromEntries(
      sent.parts.filter(([, v]) => v.startsWith('<')).map(([n]) => [n, size]),
    );
    expect(validateV2beta(endpoint, fields, images)).toMatchObject({ ok: true });
    expect(backend.validate(req)).toEqual([]);
  });

  it('asks for the image bytes with accept: image/* when the request says so', () => {
    expect(parts(request({ accept: 'image/png' })).headers.get('accept')).toBe('image/*');
  });

  it('refuses to encode an engine that is none of v2beta’s', () => {
    const bad: GenerationRequest = { backend: 'v2beta', mode: 'text-to-image', engineId: 'x', params };
    expect(() => backend.wire.generate(bad, conn)).toThrow(RangeError);
  });
});

describe('v2beta backend: the client over a stubbed fetch', () => {
  const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });

  it('generates one picture from the JSON answer', async () => {
    const { fetch, calls } = stubFetch(() =>
      json({ image: b64(PNG), finish_reason: 'CONTENT_FILTERED', seed: 77 }, 200, {
        'content-type': 'application/json; type=image/png',
      }),
    );
    const [img, ...rest] = await createClient(conn, backend, fetch).generate(request({}));
    expect(rest).toEqual([]);
    expect(img?.seed).toBe(77);
    expect(img?.finishReason).toBe('CONTENT_FILTERED');
    expect(new Uint8Array(await img!.png.arrayBuffer())).toEqual(PNG);
    expect(calls[0]?.url).toBe('http://127.0.0.1:7860/v2beta/stable-image/generate/core');
  });

  it('rejects with every problem of a 400 and with Retry-After on a 429', async () => {
    const bad = stubFetch(() =>
      json({ id: 'abc', name: 'bad_request', errors: ['prompt: required', 'seed: too big'] }, 400),
    );
    const e = await rejection(createClient(conn, backend, bad.fetch).generate(request({})));
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({
      status: 400,
      code: 'bad_request',
      problems: ['prompt: required', 'seed: too big'],
    });
    const busy = stubFetch(() =>
      json({ id: 'rate_limit_exceeded', name: 'rate_limit_exceeded', errors: ['x'] }, 429, {
        'retry-after': '37',
      }),
    );
    const r = await rejection(createClient(conn, backend, busy.fetch).generate(request({})));
    expect(r).toMatchObject({ status: 429, retryAfterSeconds: 37, temporary: true });
  });

  it('reads balance and account from v1’s paths; its engine list is its catalogue once the balance answers', async () => {
    const { fetch, calls } = stubFetch((call) =>
      call.url.endsWith('/v1/user/account')
        ? json({ id: 'user-1', email: 'a@b.c', organizations: [] })
        : json({ credits: 12.5 }),
    );
    const client = createClient(conn, backend, fetch);
    expect(await client.getBalance()).toEqual({ credits: 12.5 });
    expect((await client.getAccount()).id).toBe('user-1');
    const engines = await client.listEngines();
    expect(engines.map((e) => e.id)).toContain('sd3.5-flash');
    expect(calls.map((c) => c.url)).toEqual([
      'http://127.0.0.1:7860/v1/user/balance',
      'http://127.0.0.1:7860/v1/user/account',
      'http://127.0.0.1:7860/v1/user/balance',
    ]);
    expect(new Headers(calls[0]?.init.headers).get('authorization')).toBe(`Bearer ${KEY}`);
  });
});
