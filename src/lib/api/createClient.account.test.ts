import { describe, expect, it } from 'vitest';
import { createClient } from './createClient.ts';
import { v1alphaBackend } from './backends/v1alpha/runtime.ts';
import { AbortError, type ApiError } from './errors.ts';
import { conn, goa, KEY, rejection, stubFetch } from './testFetch.ts';

describe('createClient account calls', () => {
  const engines = [
    { id: 'stable-diffusion-v1-5', name: 'SD 1.5', description: 'd', type: 'PICTURE' },
    { id: 'esrgan', name: 'Upscaler', description: 'u', type: 'UPSCALE' },
  ];

  it('lists PICTURE engines from GET /v1alpha/engines/list with the key and Accept JSON', async () => {
    const { fetch, calls } = stubFetch(() => Response.json({ engines }));
    const list = await createClient(conn, v1alphaBackend, fetch).listEngines();
    // The studio's model list: PICTURE engines, with the modes each serves (from the catalogue when known).
    expect(list).toEqual([
      {
        id: 'stable-diffusion-v1-5',
        name: 'SD 1.5',
        description: 'd',
        modes: ['text-to-image', 'image-to-image', 'masking'],
      },
    ]);
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
    const client = createClient({ ...conn, host: '' }, v1alphaBackend, fetch);
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
    const client = createClient(conn, v1alphaBackend, fetch);
    const e1 = await rejection(client.getBalance());
    expect(e1).toMatchObject({ code: 'invalid_response', status: 200 });
    expect((e1 as ApiError).detail).toMatch(/^\/v1alpha\/user\/balance answered credits: /);
    const e2 = await rejection(client.listEngines());
    expect(e2).toMatchObject({ code: 'invalid_response' });
    expect((e2 as ApiError).detail).toMatch(/engines\/list, got text\/html that is not JSON/);
  });

  it('turns a 401 goa body into ApiError for account calls', async () => {
    const { fetch } = stubFetch(() => new Response(goa('unauthorized', 'bad key'), { status: 401 }));
    expect(await rejection(createClient(conn, v1alphaBackend, fetch).getAccount())).toMatchObject({
      status: 401,
      code: 'unauthorized',
      detail: 'bad key',
    });
  });

  it('aborts account calls too', async () => {
    const { fetch } = stubFetch(() => Response.json({ credits: 1 }));
    const ctl = new AbortController();
    ctl.abort();
    expect(await rejection(createClient(conn, v1alphaBackend, fetch).getBalance(ctl.signal))).toBeInstanceOf(
      AbortError,
    );
  });
});
