import { describe, expect, it } from 'vitest';
import type { Connection } from './connection';
import { createClient } from './createClient';
import { AbortError, ApiError, isClientError, NetworkError } from './errors';
import type { GenerationRequest } from './generationRequest';

/** A 1×1 PNG; the real fixture images travel in tests/integration (src/ tests have no Node types). */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);
const KEY = 'sk-very-secret-key';
const conn: Connection = { host: 'http://127.0.0.1:7860', apiKey: KEY, organization: 'org-a' };
const t2i: GenerationRequest = {
  mode: 'text-to-image',
  engineId: 'stable-diffusion-v1-5',
  accept: 'application/json',
  options: { text_prompts: [{ text: 'blue sea', weight: 1 }], samples: 2, seed: 7 },
};

interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch stub that records calls and answers with `respond()`. */
function stubFetch(respond: (call: Call) => Response | Promise<Response>): {
  fetch: typeof fetch;
  calls: Call[];
} {
  const calls: Call[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const call = { url: String(input), init: init ?? {} };
    calls.push(call);
    return respond(call);
  };
  return { fetch: fn as typeof fetch, calls };
}

const b64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const goa = (name: string, message: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ name, id: 'a1B2c3D4', message, temporary: false, timeout: false, fault: false, ...extra });

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('createClient.generate', () => {
  it('parses artifacts JSON into PNG blobs with seeds and finish reasons, sending the right headers', async () => {
    const { fetch, calls } = stubFetch(() =>
      Response.json({
        artifacts: [
          { base64: b64(PNG), seed: 7, finishReason: 'SUCCESS' },
          { base64: b64(PNG), seed: 8, finishReason: 'CONTENT_FILTERED', extra: 'ignored' },
        ],
      }),
    );
    const images = await createClient(conn, fetch).generate(t2i);
    expect(images.map((i) => [i.seed, i.finishReason])).toEqual([
      [7, 'SUCCESS'],
      [8, 'CONTENT_FILTERED'],
    ]);
    expect(images[0]?.png.type).toBe('image/png');
    expect(await bytesOf(images[1]!.png)).toEqual(PNG);
    const h = new Headers(calls[0]!.init.headers);
    expect(h.get('Authorization')).toBe(KEY);
    expect(h.get('Accept')).toBe('application/json');
    expect(h.get('Organization')).toBe('org-a');
    expect(calls[0]!.url).not.toContain(KEY);
  });

  it('reads a raw PNG answer with Seed and Finish-Reason headers', async () => {
    const { fetch, calls } = stubFetch(
      () =>
        new Response(PNG, {
          headers: { 'Content-Type': 'image/png', Seed: '12345', 'Finish-Reason': 'SUCCESS' },
        }),
    );
    const images = await createClient(conn, fetch).generate({ ...t2i, accept: 'image/png' });
    expect(new Headers(calls[0]!.init.headers).get('Accept')).toBe('image/png');
    expect(images).toHaveLength(1);
    expect(images[0]?.seed).toBe(12345);
    expect(images[0]?.finishReason).toBe('SUCCESS');
    expect(await bytesOf(images[0]!.png)).toEqual(PNG);
  });

  it.each([
    ['missing Seed header', { 'Finish-Reason': 'SUCCESS' }, /Seed header/],
    ['bad Seed header', { Seed: '-3', 'Finish-Reason': 'SUCCESS' }, /not a valid seed/],
    ['unknown Finish-Reason', { Seed: '1', 'Finish-Reason': 'MAYBE' }, /finish reason/],
  ])('rejects a PNG answer with %s as invalid_response', async (_label, headers, detail) => {
    const { fetch } = stubFetch(() => new Response(PNG, { headers }));
    const e = await rejection(createClient(conn, fetch).generate({ ...t2i, accept: 'image/png' }));
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({
      status: 200,
      code: 'invalid_response',
      errorName: 'invalid_response',
      fault: true,
    });
    expect((e as ApiError).detail).toMatch(detail);
  });

  it.each([
    [
      'HTML instead of JSON',
      new Response('<!doctype html><p>hi</p>', { headers: { 'Content-Type': 'text/html' } }),
      /text\/html that is not JSON/,
    ],
    ['JSON of the wrong shape', Response.json({ images: [] }), /artifacts/],
    ['an empty artifacts list', Response.json({ artifacts: [] }), /artifacts/],
    [
      'a seed that is a string',
      Response.json({ artifacts: [{ base64: b64(PNG), seed: '1', finishReason: 'SUCCESS' }] }),
      /artifacts\.0\.seed/,
    ],
    [
      'base64 that is not a PNG',
      Response.json({
        artifacts: [{ base64: b64(new Uint8Array([1, 2, 3])), seed: 1, finishReason: 'SUCCESS' }],
      }),
      /not a PNG/,
    ],
    [
      'text that is not base64',
      Response.json({ artifacts: [{ base64: '%%%', seed: 1, finishReason: 'SUCCESS' }] }),
      /not base64/,
    ],
  ])('rejects a 200 with %s as invalid_response', async (_label, response, detail) => {
    const { fetch } = stubFetch(() => response);
    const e = await rejection(createClient(conn, fetch).generate(t2i));
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).code).toBe('invalid_response');
    expect((e as ApiError).detail).toMatch(detail);
  });

  it('accepts artifacts JSON whatever content type labels it', async () => {
    const body = JSON.stringify({ artifacts: [{ base64: b64(PNG), seed: 3, finishReason: 'SUCCESS' }] });
    const { fetch } = stubFetch(() => new Response(body, { headers: { 'Content-Type': 'text/plain' } }));
    const [img] = await createClient(conn, fetch).generate(t2i);
    expect(img?.seed).toBe(3);
  });

  it.each([
    [
      400,
      goa(
        'bad_request',
        'invalid_samples: Sample count may only be greater than 1 when the accept header is application/json',
      ),
      'bad_request',
      'invalid_samples',
      'Sample count may only be greater than 1 when the accept header is application/json',
    ],
    [
      400,
      goa('bad_request', 'cfg_scale must be a number from 0 to 35'),
      'bad_request',
      'bad_request',
      'cfg_scale must be a number from 0 to 35',
    ],
    [400, goa('bad_request', 'not_a_code: something'), 'bad_request', 'bad_request', 'not_a_code: something'],
    [
      401,
      goa('unauthorized', 'missing or invalid API key'),
      'unauthorized',
      'unauthorized',
      'missing or invalid API key',
    ],
    [
      403,
      goa('permission_denied', 'organization org-x is not yours'),
      'permission_denied',
      'permission_denied',
      'organization org-x is not yours',
    ],
    [404, goa('not_found', 'engine nope not found'), 'not_found', 'not_found', 'engine nope not found'],
    [500, goa('fault', 'internal error', { fault: true }), 'fault', 'fault', 'internal error'],
  ])('turns a %i goa body into an ApiError', async (status, body, errorName, code, detail) => {
    const { fetch } = stubFetch(
      () => new Response(body, { status, headers: { 'Content-Type': 'application/vnd.goa.error' } }),
    );
    const e = await rejection(createClient(conn, fetch).generate(t2i));
    expect(isClientError(e)).toBe(true);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({
      kind: 'api',
      name: 'ApiError',
      status,
      errorName,
      code,
      detail,
      id: 'a1B2c3D4',
    });
    expect((e as ApiError).fault).toBe(status === 500);
    expect((e as ApiError).message).toContain(String(status));
  });

  it.each([
    [401, 'Unauthorized', 'unauthorized', false],
    [403, '<html>Forbidden</html>', 'permission_denied', false],
    [404, '', 'not_found', false],
    [502, '<html>Bad gateway</html>', 'fault', true],
    [503, 'upstream down', 'fault', true],
    [418, 'teapot', 'http_418', false],
    [429, '{"message": 42}', 'too_many_requests', true],
  ])('names a %i with a non-goa body from its status', async (status, body, name, temporary) => {
    const { fetch } = stubFetch(
      () => new Response(body, { status, headers: { 'Content-Type': 'text/html' } }),
    );
    const e = await rejection(createClient(conn, fetch).generate(t2i));
    expect(e).toMatchObject({
      kind: 'api',
      status,
      errorName: name,
      code: name,
      id: '',
      detail: '',
      temporary,
    });
  });

  it('fills what a partial goa body gives and derives the rest', async () => {
    const { fetch } = stubFetch(
      () => new Response('{"message":"invalid_prompts: blocked word"}', { status: 400 }),
    );
    const e = await rejection(createClient(conn, fetch).generate(t2i));
    expect(e).toMatchObject({
      errorName: 'bad_request',
      code: 'invalid_prompts',
      detail: 'blocked word',
      fault: false,
    });
  });

  it('never puts the key in an error, even when the server echoes it', async () => {
    const { fetch } = stubFetch(
      () => new Response(goa('unauthorized', `key ${KEY} is unknown`), { status: 401 }),
    );
    const e = await rejection(createClient(conn, fetch).generate(t2i));
    expect((e as ApiError).detail).toBe('key [redacted] is unknown');
    expect(JSON.stringify(e) + String(e)).not.toContain(KEY);
  });

  it('rejects with AbortError without calling fetch when the signal is already aborted', async () => {
    const { fetch, calls } = stubFetch(() => Response.json({}));
    const ctl = new AbortController();
    ctl.abort();
    const e = await rejection(createClient(conn, fetch).generate(t2i, ctl.signal));
    expect(e).toBeInstanceOf(AbortError);
    expect((e as AbortError).kind).toBe('aborted');
    expect(calls).toHaveLength(0);
  });

  it('rejects with AbortError when aborted while waiting, passing the signal to fetch', async () => {
    const ctl = new AbortController();
    const { fetch, calls } = stubFetch(
      ({ init }) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    );
    const pending = rejection(createClient(conn, fetch).generate(t2i, ctl.signal));
    await Promise.resolve();
    ctl.abort('user cancelled');
    const e = await pending;
    expect(e).toBeInstanceOf(AbortError);
    expect(calls[0]?.init.signal).toBe(ctl.signal);
  });

  it('maps a DOMException AbortError from fetch to AbortError even without a signal of ours', async () => {
    const { fetch } = stubFetch(() => Promise.reject(new DOMException('aborted', 'AbortError')));
    expect(await rejection(createClient(conn, fetch).generate(t2i))).toBeInstanceOf(AbortError);
  });

  it('maps a failed fetch to NetworkError naming the origin, not the path or key', async () => {
    const { fetch } = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const e = await rejection(
      createClient({ ...conn, host: 'http://127.0.0.1:9/some/path' }, fetch).generate(t2i),
    );
    expect(e).toBeInstanceOf(NetworkError);
    expect(e).toMatchObject({ kind: 'network', url: 'http://127.0.0.1:9' });
    expect((e as NetworkError).message).toBe('Could not reach http://127.0.0.1:9');
    expect(String(e)).not.toContain(KEY);
  });

  it('maps a body that fails mid-read to NetworkError', async () => {
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        c.error(new TypeError('terminated'));
      },
    });
    const { fetch } = stubFetch(() => new Response(body, { status: 200 }));
    expect(await rejection(createClient(conn, fetch).generate(t2i))).toBeInstanceOf(NetworkError);
  });
});

describe('createClient account calls', () => {
  const engines = [
    { id: 'stable-diffusion-v1-5', name: 'SD 1.5', description: 'd', type: 'PICTURE' },
    { id: 'esrgan', name: 'Upscaler', description: 'u', type: 'UPSCALE' },
  ];

  it('lists PICTURE engines from GET /v1alpha/engines/list with the key and Accept JSON', async () => {
    const { fetch, calls } = stubFetch(() => Response.json({ engines }));
    const list = await createClient(conn, fetch).listEngines();
    expect(list).toEqual([engines[0]]);
    expect(calls[0]?.url).toBe('http://127.0.0.1:7860/v1alpha/engines/list');
    expect(calls[0]?.init.method).toBe('GET');
    const h = new Headers(calls[0]!.init.headers);
    expect(h.get('Authorization')).toBe(KEY);
    expect(h.get('Accept')).toBe('application/json');
  });

  it('reads account and balance', async () => {
    const account = {
      id: 'user-1',
      email: 'a@b.c',
      organizations: [{ id: 'org-a', name: 'A', role: 'MEMBER', is_default: true }],
    };
    const { fetch, calls } = stubFetch(({ url }) =>
      url.endsWith('/account') ? Response.json(account) : Response.json({ credits: 12.5 }),
    );
    const client = createClient({ ...conn, host: '' }, fetch);
    expect(await client.getAccount()).toEqual(account);
    expect(await client.getBalance()).toEqual({ credits: 12.5 });
    expect(calls.map((c) => c.url)).toEqual(['/v1alpha/user/account', '/v1alpha/user/balance']);
  });

  it('rejects a wrong-shaped balance and an HTML page as invalid_response', async () => {
    const { fetch } = stubFetch(({ url }) =>
      url.endsWith('/balance')
        ? Response.json({ credits: 'lots' })
        : new Response('<html></html>', { headers: { 'Content-Type': 'text/html' } }),
    );
    const client = createClient(conn, fetch);
    const e1 = await rejection(client.getBalance());
    expect(e1).toMatchObject({ code: 'invalid_response', status: 200 });
    expect((e1 as ApiError).detail).toMatch(/credits/);
    expect(await rejection(client.listEngines())).toMatchObject({ code: 'invalid_response' });
  });

  it('turns a 401 goa body into ApiError for account calls', async () => {
    const { fetch } = stubFetch(() => new Response(goa('unauthorized', 'bad key'), { status: 401 }));
    expect(await rejection(createClient(conn, fetch).getAccount())).toMatchObject({
      status: 401,
      code: 'unauthorized',
      detail: 'bad key',
    });
  });

  it('aborts account calls too', async () => {
    const { fetch } = stubFetch(() => Response.json({ credits: 1 }));
    const ctl = new AbortController();
    ctl.abort();
    expect(await rejection(createClient(conn, fetch).getBalance(ctl.signal))).toBeInstanceOf(AbortError);
  });
});
