import { describe, expect, it } from 'vitest';
import { ENGINE_CATALOGUE, LOCAL_ENGINE_ORG_ID } from '../../src/lib/api/index.ts';
import { expectGoaError, KEY, postT2I, PROMPT, withEngine } from './engineTestKit.ts';

const engine = withEngine({ keys: [KEY, 'second-key'] });
const get = (path: string, headers: Record<string, string> = { Authorization: KEY }) =>
  fetch(`${engine.url}${path}`, { headers });

describe('GET endpoints', () => {
  it('lists the catalogue engines as PICTURE engines', async () => {
    const res = await get('/v1alpha/engines/list');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const body = (await res.json()) as { engines: Array<Record<string, unknown>> };
    expect(body.engines.map((e) => e['id'])).toEqual(ENGINE_CATALOGUE.map((e) => e.id));
    for (const e of body.engines) {
      expect(Object.keys(e).sort()).toEqual(['description', 'id', 'name', 'type']);
      expect(e['type']).toBe('PICTURE');
    }
  });

  it('returns the account with its one default organization', async () => {
    const body = (await (await get('/v1alpha/user/account')).json()) as Record<string, unknown>;
    expect(typeof body['id']).toBe('string');
    expect(typeof body['email']).toBe('string');
    expect(body['organizations']).toEqual([
      { id: LOCAL_ENGINE_ORG_ID, name: expect.any(String), role: expect.any(String), is_default: true },
    ]);
  });

  it('returns the balance as credits', async () => {
    const body = (await (await get('/v1alpha/user/balance')).json()) as Record<string, unknown>;
    expect(body).toEqual({ credits: 100 });
  });
});

describe('auth', () => {
  it('accepts a raw key and a Bearer key, and every configured key', async () => {
    expect((await get('/v1alpha/user/balance', { Authorization: KEY })).status).toBe(200);
    expect((await get('/v1alpha/user/balance', { Authorization: `Bearer ${KEY}` })).status).toBe(200);
    expect((await get('/v1alpha/user/balance', { Authorization: 'second-key' })).status).toBe(200);
  });

  it('answers 401 unauthorized for a missing or unknown key, on every endpoint', async () => {
    await expectGoaError(await get('/v1alpha/user/balance', {}), 401, 'unauthorized');
    await expectGoaError(await get('/v1alpha/engines/list', { Authorization: 'nope' }), 401, 'unauthorized');
    await expectGoaError(
      await get('/v1alpha/user/account', { Authorization: 'Bearer nope' }),
      401,
      'unauthorized',
    );
    await expectGoaError(await postT2I(engine.url, PROMPT, { Authorization: '' }), 401, 'unauthorized');
  });

  it('checks the key before the engine id', async () => {
    await expectGoaError(
      await postT2I(engine.url, PROMPT, { Authorization: 'x' }, 'no-such-engine'),
      401,
      'unauthorized',
    );
  });
});

describe('Organization header', () => {
  it("accepts the account's organization", async () => {
    const res = await get('/v1alpha/user/balance', { Authorization: KEY, Organization: LOCAL_ENGINE_ORG_ID });
    expect(res.status).toBe(200);
  });
  it('answers 403 permission_denied for any other organization', async () => {
    await expectGoaError(
      await get('/v1alpha/user/account', { Authorization: KEY, Organization: 'org-someone-else' }),
      403,
      'permission_denied',
    );
    await expectGoaError(
      await postT2I(engine.url, PROMPT, { Organization: 'org-x' }),
      403,
      'permission_denied',
    );
  });
});

describe('routing', () => {
  it('answers 404 not_found for unknown paths, even without a key', async () => {
    await expectGoaError(await get('/v1alpha/nope', {}), 404, 'not_found');
    await expectGoaError(await get('/v1alpha', {}), 404, 'not_found');
    await expectGoaError(await get('/elsewhere', {}), 404, 'not_found');
    await expectGoaError(await get('/v1alpha/generation/stable-diffusion-v1-5/upscale'), 404, 'not_found');
  });

  it('answers 404 for a missing engine id and for an unknown engine', async () => {
    const missing = await fetch(`${engine.url}/v1alpha/generation//text-to-image`, {
      method: 'POST',
      headers: { Authorization: KEY },
      body: JSON.stringify(PROMPT),
    });
    await expectGoaError(missing, 404, 'not_found');
    await expectGoaError(await postT2I(engine.url, PROMPT, {}, 'stable-diffusion-9000'), 404, 'not_found');
  });

  it('answers 405 with Allow for a known path under the wrong method', async () => {
    const res = await fetch(`${engine.url}/v1alpha/user/balance`, {
      method: 'DELETE',
      headers: { Authorization: KEY },
    });
    expect(res.headers.get('allow')).toBe('GET, OPTIONS');
    await expectGoaError(res, 405, 'method_not_allowed');
    const getT2I = await get('/v1alpha/generation/stable-diffusion-v1-5/text-to-image');
    await expectGoaError(getT2I, 405, 'method_not_allowed');
  });

  it('ignores the query string', async () => {
    expect((await get('/v1alpha/user/balance?x=1')).status).toBe(200);
  });
});

describe('CORS', () => {
  const preflight = (origin: string, path = '/v1alpha/generation/stable-diffusion-v1-5/text-to-image') =>
    fetch(`${engine.url}${path}`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, organization',
      },
    });

  it('answers preflights from local origins on any port, without a key', async () => {
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:4173']) {
      const res = await preflight(origin);
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-methods')).toContain('POST');
      const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase();
      for (const h of ['authorization', 'content-type', 'accept', 'organization'])
        expect(allowed).toContain(h);
    }
  });

  it('refuses preflights from other origins and for unknown paths', async () => {
    const res = await preflight('https://evil.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    await expectGoaError(res, 403, 'permission_denied');
    await expectGoaError(await preflight('http://localhost:5173', '/v1alpha/nope'), 404, 'not_found');
  });

  it('exposes Finish-Reason and Seed on real responses to allowed origins', async () => {
    const res = await postT2I(
      engine.url,
      { ...PROMPT, seed: 9 },
      { Origin: 'http://localhost:5173', Accept: 'image/png' },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('access-control-expose-headers')).toBe('Finish-Reason, Seed');
    await res.arrayBuffer();
    const other = await get('/v1alpha/user/balance', { Authorization: KEY, Origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('configured CORS origins', () => {
  const custom = withEngine({ corsOrigins: ['https://studio.example'] });
  it('allows exactly the configured origins', async () => {
    const send = (origin: string) =>
      fetch(`${custom.url}/v1alpha/user/balance`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
      });
    expect((await send('https://studio.example')).status).toBe(204);
    expect((await send('http://localhost:5173')).status).toBe(403);
  });
});
