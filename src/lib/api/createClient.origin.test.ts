import { afterEach, describe, expect, it, vi } from 'vitest';
import { assertSameOrigin, hostOrigin, type Connection } from './connection.ts';
import { createClient, type GessoClient } from './createClient.ts';
import { v1alphaBackend } from './backends/v1alpha/runtime.ts';
import { HostError } from './errors.ts';
import { KEY, PNG, rejection, stubFetch, t2i, type Call } from './testFetch.ts';

const PAGE = 'http://127.0.0.1:4173';

/** Every client method, each run once. */
const everyCall: Array<[string, (c: GessoClient) => Promise<unknown>]> = [
  ['generate', (c) => c.generate(t2i)],
  [
    'generate image-to-image',
    (c) => c.generate({ ...t2i, mode: 'image-to-image', initImage: new Blob([PNG]) }),
  ],
  ['listEngines', (c) => c.listEngines()],
  ['getAccount', (c) => c.getAccount()],
  ['getBalance', (c) => c.getBalance()],
];

/** Origin of a recorded call, resolved as the browser's fetch would resolve it. */
const originOfCall = (c: Call) => new URL(c.url, `${PAGE}/studio/`).origin;

const answerAnything = () =>
  stubFetch(({ url }) =>
    url.includes('/generation/')
      ? Response.json({ artifacts: [{ base64: 'iVBORw0KGgo=', seed: 1, finishReason: 'SUCCESS' }] })
      : url.endsWith('/engines/list')
        ? Response.json([])
        : Response.json({ credits: 1, id: 'u', email: 'a@b.c', organizations: [] }),
  );

afterEach(() => vi.unstubAllGlobals());

describe('client origin guard', () => {
  describe.each([
    ['in Node (no page)', false],
    ['on a page', true],
  ])('%s', (_label, onPage) => {
    it.each([
      'api.stability.ai',
      '127.0.0.1:7860',
      'localhost:7860',
      'ftp://api.stability.ai',
      'javascript:alert(1)',
      'https://user:pass@api.stability.ai',
      '/api.stability.ai',
      'not a url',
    ])('refuses host %j before fetch, for every method', async (host) => {
      if (onPage) vi.stubGlobal('location', new URL(`${PAGE}/studio/`));
      const { fetch, calls } = answerAnything();
      const client = createClient({ host, apiKey: KEY, organization: '' }, v1alphaBackend, fetch);
      for (const [name, call] of everyCall) {
        const e = await rejection(call(client));
        expect(e, name).toBeInstanceOf(HostError);
        expect(e).toMatchObject({ kind: 'host', reason: 'invalid-host' });
        expect(String(e)).not.toContain(KEY);
      }
      expect(calls).toEqual([]);
    });
  });

  it('sends every call of a foreign host to that host only: never to the page origin, key included', async () => {
    vi.stubGlobal('location', new URL(`${PAGE}/studio/`));
    const { fetch, calls } = answerAnything();
    const client = createClient(
      { host: 'https://api.stability.ai', apiKey: KEY, organization: '' },
      v1alphaBackend,
      fetch,
    );
    for (const [, call] of everyCall) await call(client).catch(() => undefined);
    // Odd engine ids stay one path segment of the same origin.
    for (const engineId of [
      '//evil.example/x',
      '..%2F..',
      'a/../../b',
      '@evil.example',
      'http://evil.example',
    ]) {
      await client.generate({ ...t2i, engineId }).catch(() => undefined);
    }
    expect(calls.length).toBe(everyCall.length + 5);
    for (const c of calls) {
      expect(originOfCall(c)).toBe('https://api.stability.ai');
      expect(c.init.redirect).toBe('manual');
    }
    const toPage = calls.filter((c) => originOfCall(c) === PAGE);
    expect(toPage.filter((c) => new Headers(c.init.headers).has('Authorization'))).toEqual([]);
  });

  it('host "" sends to the page’s own origin', async () => {
    vi.stubGlobal('location', new URL(`${PAGE}/studio/`));
    const { fetch, calls } = answerAnything();
    await createClient({ host: '', apiKey: KEY, organization: '' }, v1alphaBackend, fetch).getBalance();
    expect(calls.map(originOfCall)).toEqual([PAGE]);
  });

  it('does not follow a redirect: the key stays with the configured host', async () => {
    const conn: Connection = { host: 'http://127.0.0.1:7860', apiKey: KEY, organization: '' };
    // Node's fetch with redirect: 'manual' hands back the 3xx itself.
    const node = stubFetch(
      () => new Response(null, { status: 301, headers: { Location: 'https://evil.example/' } }),
    );
    const e1 = await rejection(createClient(conn, v1alphaBackend, node.fetch).getBalance());
    expect(e1).toMatchObject({ kind: 'host', reason: 'redirect', origin: 'http://127.0.0.1:7860' });
    expect(node.calls).toHaveLength(1);
    // Browsers hand back an opaque, status-0 "opaqueredirect" response.
    const browser = stubFetch(() => {
      const res = new Response(null, { status: 200 });
      Object.defineProperty(res, 'type', { value: 'opaqueredirect' });
      Object.defineProperty(res, 'status', { value: 0 });
      return res;
    });
    const e2 = await rejection(createClient(conn, v1alphaBackend, browser.fetch).generate(t2i));
    expect(e2).toMatchObject({ kind: 'host', reason: 'redirect' });
  });
});

describe('hostOrigin / assertSameOrigin', () => {
  const conn = (host: string): Connection => ({ host, apiKey: KEY, organization: '' });

  it('takes the origin of an http(s) host, or the page’s for ""', () => {
    expect(hostOrigin(conn('https://api.stability.ai/'))).toBe('https://api.stability.ai');
    expect(hostOrigin(conn('HTTP://127.0.0.1:7860'))).toBe('http://127.0.0.1:7860');
    vi.stubGlobal('location', new URL(`${PAGE}/x`));
    expect(hostOrigin(conn(''))).toBe(PAGE);
  });

  it.each([
    ['https://api.stability.ai', 'https://evil.example/v1alpha/user/balance', 'https://evil.example'],
    ['https://api.stability.ai', '/v1alpha/user/balance', PAGE],
    ['https://api.stability.ai', 'http://api.stability.ai/v1alpha/user/balance', 'http://api.stability.ai'],
    ['https://api.stability.ai', 'https://api.stability.ai:8443/v1alpha', 'https://api.stability.ai:8443'],
    ['', '//evil.example/v1alpha/user/balance', 'http://evil.example'],
    ['', 'https://api.stability.ai/v1alpha/user/balance', 'https://api.stability.ai'],
  ])('host %j refuses %j (→ %s)', (host, url, target) => {
    vi.stubGlobal('location', new URL(`${PAGE}/studio/`));
    let thrown: unknown;
    try {
      assertSameOrigin(conn(host), url);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(HostError);
    expect(thrown).toMatchObject({ reason: 'other-origin', target });
  });

  it('refuses credentials in the URL even on the right origin', () => {
    expect(() =>
      assertSameOrigin(conn('https://api.stability.ai'), 'https://u:p@api.stability.ai/v1alpha'),
    ).toThrow(HostError);
  });

  it('lets the host’s own URLs through', () => {
    vi.stubGlobal('location', new URL(`${PAGE}/studio/`));
    expect(() => assertSameOrigin(conn(''), '/v1alpha/user/balance')).not.toThrow();
    expect(() =>
      assertSameOrigin(conn('https://api.stability.ai'), 'https://api.stability.ai/v1alpha/engines/list'),
    ).not.toThrow();
  });
});
