import { describe, expect, it } from 'vitest';
import type { WireAccount, WireEngine } from '../../src/lib/api/index.ts';
import { artifacts, KEY, PROMPT, postT2I, withEngine } from './engineTestKit.ts';
import { BEARER, expectV1Error, postV1T2I } from './v1TestKit.ts';

const engine = withEngine({ balance: 10 });
const get = (path: string, auth = BEARER, headers: Record<string, string> = {}) =>
  fetch(`${engine.url}${path}`, { headers: { Authorization: auth, ...headers } });
const credits = async (path: string): Promise<number> =>
  ((await (await get(path)).json()) as { credits: number }).credits;

describe('v1 engines, account and balance', () => {
  it('lists engines as a bare array: v1-6, the v1alpha engines, and the upscaler', async () => {
    const res = await get('/v1/engines/list');
    expect(res.headers.get('content-type')).toBe('application/json');
    const list = (await res.json()) as WireEngine[];
    expect(Array.isArray(list)).toBe(true);
    expect(list.map((e) => e.id)).toEqual([
      'stable-diffusion-v1-6',
      'stable-diffusion-v1-5',
      'stable-diffusion-512-v2-1',
      'stable-diffusion-768-v2-1',
      'stable-inpainting-512-v2-0',
      'stable-diffusion-xl-1024-v1-0',
      'esrgan-v1-x2plus',
    ]);
    for (const e of list) expect(Object.keys(e).sort()).toEqual(['description', 'id', 'name', 'type']);
    // v1alpha's list is what it was: the object with its five engines.
    const alpha = (await (await get('/v1alpha/engines/list', KEY)).json()) as { engines: WireEngine[] };
    expect(alpha.engines).toHaveLength(5);
  });

  it('answers the account in both APIs alike, with the raw key too', async () => {
    const v1 = (await (await get('/v1/user/account', KEY)).json()) as WireAccount;
    const alpha = (await (await get('/v1alpha/user/account', KEY)).json()) as WireAccount;
    expect(v1).toEqual(alpha);
    expect(v1.organizations[0]?.id).toBe('org-gesso-local');
  });

  it('keeps one balance for every API: work in either lowers what both report', async () => {
    const start = await credits('/v1/user/balance');
    expect(await credits('/v1alpha/user/balance')).toBe(start);
    await artifacts(await postV1T2I(engine.url, { ...PROMPT, steps: 50 }));
    await artifacts(await postT2I(engine.url, PROMPT));
    expect(await credits('/v1alpha/user/balance')).toBeCloseTo(start - 0.4, 6);
    expect(await credits('/v1/user/balance')).toBeCloseTo(start - 0.4, 6);
  });

  it('checks Organization and the key in v1 error shape', async () => {
    await expectV1Error(await get('/v1/user/balance', 'nope'), 401, 'unauthorized');
    await expectV1Error(
      await get('/v1/user/balance', BEARER, { Organization: 'org-other' }),
      403,
      'permission_denied',
    );
    expect((await get('/v1/user/balance', BEARER, { Organization: 'org-gesso-local' })).status).toBe(200);
  });

  it('answers preflights allowing the Stability client headers, and accepts them on requests', async () => {
    const pre = await fetch(`${engine.url}/v1/user/balance`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization, stability-client-id, stability-client-version',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-headers')).toBe(
      'Authorization, Content-Type, Accept, Organization, Stability-Client-ID, Stability-Client-Version',
    );
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const res = await get('/v1/user/balance', BEARER, {
      'Stability-Client-ID': 'gesso-test',
      'Stability-Client-Version': '1',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
