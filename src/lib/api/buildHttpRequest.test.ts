import { describe, expect, it } from 'vitest';
import { buildHttpRequest } from './buildHttpRequest.ts';
import type { Connection } from './connection.ts';
import type { WireGenerationRequest as GenerationRequest } from './generationRequest.ts';

/** A 1×1 PNG; the real fixture images travel in tests/integration (src/ tests have no Node types). */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);
const MASK = PNG.map((b, i) => (i === PNG.length - 1 ? b ^ 1 : b));
const conn: Connection = { host: 'http://127.0.0.1:7860', apiKey: 'sk-secret-123', organization: '' };
const options = { text_prompts: [{ text: 'a red fox', weight: 1 }], seed: 42, samples: 2, cfg_scale: 7 };

function headersOf(init: RequestInit): Headers {
  return new Headers(init.headers);
}

describe('buildHttpRequest', () => {
  it('builds a JSON text-to-image POST whose body is exactly the options', () => {
    const req: GenerationRequest = {
      mode: 'text-to-image',
      engineId: 'stable-diffusion-v1-5',
      accept: 'application/json',
      options,
    };
    const { url, init } = buildHttpRequest(req, conn);
    expect(url).toBe('http://127.0.0.1:7860/v1alpha/generation/stable-diffusion-v1-5/text-to-image');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual(options);
    const h = headersOf(init);
    expect(h.get('Authorization')).toBe('sk-secret-123');
    expect(h.get('Accept')).toBe('application/json');
    expect(h.get('Content-Type')).toBe('application/json');
    expect(h.has('Organization')).toBe(false);
    expect(url).not.toContain('sk-secret');
  });

  it('sends Accept image/png and Organization when set, and a same-origin path for host ""', () => {
    const { url, init } = buildHttpRequest(
      { mode: 'text-to-image', engineId: 'e', accept: 'image/png', options },
      { host: '', apiKey: 'k', organization: 'org-1' },
    );
    expect(url).toBe('/v1alpha/generation/e/text-to-image');
    expect(headersOf(init).get('Accept')).toBe('image/png');
    expect(headersOf(init).get('Organization')).toBe('org-1');
  });

  it('percent-encodes the engine id so it stays one path segment', () => {
    const { url } = buildHttpRequest(
      { mode: 'text-to-image', engineId: '../user/balance?x=1#y', accept: 'application/json', options },
      conn,
    );
    expect(url).toBe(
      'http://127.0.0.1:7860/v1alpha/generation/..%2Fuser%2Fbalance%3Fx%3D1%23y/text-to-image',
    );
  });

  it('omits Authorization when the key is empty and tolerates a trailing slash on the host', () => {
    const { url, init } = buildHttpRequest(
      { mode: 'text-to-image', engineId: 'e', accept: 'application/json', options },
      { host: 'https://api.stability.ai/', apiKey: '', organization: '' },
    );
    expect(url).toBe('https://api.stability.ai/v1alpha/generation/e/text-to-image');
    expect(headersOf(init).has('Authorization')).toBe(false);
  });

  it('builds image-to-image multipart with init_image bytes and the options JSON text field', async () => {
    const png = PNG;
    const { url, init } = buildHttpRequest(
      {
        mode: 'image-to-image',
        engineId: 'stable-diffusion-v1-5',
        accept: 'application/json',
        options: { ...options, step_schedule_start: 0.4 },
        initImage: new Blob([png], { type: 'image/png' }),
      },
      conn,
    );
    expect(url).toBe('http://127.0.0.1:7860/v1alpha/generation/stable-diffusion-v1-5/image-to-image');
    // fetch must set the multipart boundary itself.
    expect(headersOf(init).has('Content-Type')).toBe(false);
    expect(headersOf(init).get('Authorization')).toBe('sk-secret-123');
    const form = init.body;
    if (!(form instanceof FormData)) throw new Error('expected FormData');
    expect([...form.keys()]).toEqual(['init_image', 'options']);
    const init_image = form.get('init_image');
    if (!(init_image instanceof Blob)) throw new Error('expected a file part');
    expect(new Uint8Array(await init_image.arrayBuffer())).toEqual(png);
    expect(typeof form.get('options')).toBe('string');
    expect(JSON.parse(String(form.get('options')))).toEqual({ ...options, step_schedule_start: 0.4 });
  });

  it('builds masking multipart with both images at .../image-to-image/masking', async () => {
    const png = PNG;
    const mask = MASK;
    const opts = { ...options, mask_source: 'MASK_IMAGE_WHITE' as const };
    const { url, init } = buildHttpRequest(
      {
        mode: 'masking',
        engineId: 'stable-inpainting-512-v2-0',
        accept: 'image/png',
        options: opts,
        initImage: new Blob([png]),
        maskImage: new Blob([mask]),
      },
      { ...conn, organization: 'org-gesso-local' },
    );
    expect(url).toBe(
      'http://127.0.0.1:7860/v1alpha/generation/stable-inpainting-512-v2-0/image-to-image/masking',
    );
    expect(headersOf(init).get('Organization')).toBe('org-gesso-local');
    expect(headersOf(init).get('Accept')).toBe('image/png');
    const form = init.body;
    if (!(form instanceof FormData)) throw new Error('expected FormData');
    expect([...form.keys()]).toEqual(['init_image', 'mask_image', 'options']);
    const maskPart = form.get('mask_image');
    if (!(maskPart instanceof Blob)) throw new Error('expected a file part');
    expect(new Uint8Array(await maskPart.arrayBuffer())).toEqual(mask);
    expect(JSON.parse(String(form.get('options')))).toEqual(opts);
  });

  it('leaves mask_image out for image-to-image even if one is given', () => {
    const { init } = buildHttpRequest(
      {
        mode: 'image-to-image',
        engineId: 'e',
        accept: 'application/json',
        options,
        initImage: new Blob([new Uint8Array([1])]),
        maskImage: new Blob([new Uint8Array([2])]),
      },
      conn,
    );
    const form = init.body;
    if (!(form instanceof FormData)) throw new Error('expected FormData');
    expect(form.has('mask_image')).toBe(false);
  });
});
