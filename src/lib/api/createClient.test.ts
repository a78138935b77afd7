import { describe, expect, it } from 'vitest';
import { createClient } from './createClient.ts';
import { v1alphaBackend } from './backends/v1alpha/runtime.ts';
import { AbortError, ApiError, isClientError, NetworkError } from './errors.ts';
import { b64, bytesOf, conn, goa, KEY, PNG, rejection, stubFetch, t2i } from './testFetch.ts';

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
    const images = await createClient(conn, v1alphaBackend, fetch).generate(t2i);
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
    const images = await createClient(conn, v1alphaBackend, fetch).generate({ ...t2i, accept: 'image/png' });
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
    const e = await rejection(
      createClient(conn, v1alphaBackend, fetch).generate({ ...t2i, accept: 'image/png' }),
    );
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
    ['JSON of the wrong shape', Response.json({ images: [] }), /artifacts JSON is invalid \(artifacts: /],
    ['an empty artifacts list', Response.json({ artifacts: [] }), /artifacts JSON is invalid \(artifacts: /],
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
    const e = await rejection(createClient(conn, v1alphaBackend, fetch).generate(t2i));
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).code).toBe('invalid_response');
    expect((e as ApiError).detail).toMatch(detail);
  });

  it('accepts artifacts JSON whatever content type labels it', async () => {
    const body = JSON.stringify({ artifacts: [{ base64: b64(PNG), seed: 3, finishReason: 'SUCCESS' }] });
    const { fetch } = stubFetch(() => new Response(body, { headers: { 'Content-Type': 'text/plain' } }));
    const [img] = await createClient(conn, v1alphaBackend, fetch).generate(t2i);
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
    const e = await rejection(createClient(conn, v1alphaBackend, fetch).generate(t2i));
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
    const e = await rejection(createClient(conn, v1alphaBackend, fetch).generate(t2i));
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
    const e = await rejection(createClient(conn, v1alphaBackend, fetch).generate(t2i));
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
    const e = await rejection(createClient(conn, v1alphaBackend, fetch).generate(t2i));
    expect((e as ApiError).detail).toBe('key [redacted] is unknown');
    expect(JSON.stringify(e) + String(e)).not.toContain(KEY);
  });

  it('rejects with AbortError without calling fetch when the signal is already aborted', async () => {
    const { fetch, calls } = stubFetch(() => Response.json({}));
    const ctl = new AbortController();
    ctl.abort();
    const e = await rejection(createClient(conn, v1alphaBackend, fetch).generate(t2i, ctl.signal));
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
    const pending = rejection(createClient(conn, v1alphaBackend, fetch).generate(t2i, ctl.signal));
    await Promise.resolve();
    ctl.abort('user cancelled');
    const e = await pending;
    expect(e).toBeInstanceOf(AbortError);
    expect(calls[0]?.init.signal).toBe(ctl.signal);
  });

  it('maps a DOMException AbortError from fetch to AbortError even without a signal of ours', async () => {
    const { fetch } = stubFetch(() => Promise.reject(new DOMException('aborted', 'AbortError')));
    expect(await rejection(createClient(conn, v1alphaBackend, fetch).generate(t2i))).toBeInstanceOf(
      AbortError,
    );
  });

  it('rejects with AbortError when aborted while the body is being read', async () => {
    const ctl = new AbortController();
    const { fetch } = stubFetch(({ init }) => {
      // Like a real fetch: headers arrived, the body stream errors when the signal fires.
      const body = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(new TextEncoder().encode('{"artifacts":['));
          init.signal?.addEventListener('abort', () => c.error(new DOMException('aborted', 'AbortError')));
          setTimeout(() => ctl.abort(), 0);
        },
      });
      return new Response(body, { status: 200 });
    });
    expect(
      await rejection(createClient(conn, v1alphaBackend, fetch).generate(t2i, ctl.signal)),
    ).toBeInstanceOf(AbortError);
  });

  it('maps a failed fetch to NetworkError naming the origin, not the path or key', async () => {
    const { fetch } = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const e = await rejection(
      createClient({ ...conn, host: 'http://127.0.0.1:9/some/path' }, v1alphaBackend, fetch).generate(t2i),
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
    expect(await rejection(createClient(conn, v1alphaBackend, fetch).generate(t2i))).toBeInstanceOf(
      NetworkError,
    );
  });
});
