import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEngine, type RunningEngine } from '../../server/listen.ts';
import {
  ApiError,
  createClient,
  v1alphaBackend,
  isClientError,
  NetworkError,
  type GenerationRequest,
} from '../../src/lib/api/index.ts';
import { localConnection, rejection, textRequest } from './client-support.ts';

let running: RunningEngine;
beforeAll(async () => {
  running = await startEngine({ port: 0 });
});
afterAll(async () => {
  await running.close();
});

async function apiErrorOf(p: Promise<unknown>): Promise<ApiError> {
  const e = await rejection(p);
  expect(isClientError(e)).toBe(true);
  if (!(e instanceof ApiError)) throw new Error(`expected ApiError, got ${String(e)}`);
  return e;
}

describe('client → engine, errors', () => {
  it.each<[string, GenerationRequest, number, string, string]>([
    [
      'samples > 1 as PNG',
      { ...textRequest({ samples: 2 }), accept: 'image/png' },
      400,
      'bad_request',
      'invalid_samples',
    ],
    ['a cfg_scale out of range', textRequest({ cfgScale: 99 }), 400, 'bad_request', 'bad_request'],
    [
      'a size not a multiple of 64',
      textRequest({ width: 500 }),
      400,
      'bad_request',
      'invalid_height_or_width',
    ],
    [
      'too many pixels',
      textRequest({ width: 2048, height: 2048 }),
      400,
      'bad_request',
      'invalid_pixel_count',
    ],
    [
      'a blocked word',
      textRequest({ prompts: [{ text: 'nsfw scene', weight: 1 }] }),
      400,
      'bad_request',
      'invalid_prompts',
    ],
    ['an unknown engine', { ...textRequest(), engineId: 'no-such-engine' }, 404, 'not_found', 'not_found'],
  ])('turns %s into an ApiError', async (_label, req, status, errorName, code) => {
    const e = await apiErrorOf(createClient(localConnection(running.url), v1alphaBackend).generate(req));
    expect(e).toMatchObject({ kind: 'api', status, errorName, code, fault: false });
    expect(e.id).not.toBe('');
    expect(e.detail.length).toBeGreaterThan(0);
    expect(e.detail.startsWith(`${code}:`)).toBe(false);
  });

  it('names the field in a bad_request detail', async () => {
    const e = await apiErrorOf(
      createClient(localConnection(running.url), v1alphaBackend).generate(textRequest({ cfgScale: 99 })),
    );
    expect(e.detail).toContain('cfg_scale');
  });

  it('gives 401 unauthorized for a wrong key without echoing it', async () => {
    const key = 'sk-wrong-key-0123456789';
    const e = await apiErrorOf(
      createClient(localConnection(running.url, { apiKey: key }), v1alphaBackend).generate(textRequest()),
    );
    expect(e).toMatchObject({ status: 401, errorName: 'unauthorized', code: 'unauthorized' });
    expect(`${e.message} ${e.detail}`).not.toContain(key);
  });

  it('gives 401 for no key at all, also on account calls', async () => {
    const client = createClient(localConnection(running.url, { apiKey: '' }), v1alphaBackend);
    expect(await apiErrorOf(client.getBalance())).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('gives 403 permission_denied for an organization the key does not belong to', async () => {
    const conn = localConnection(running.url, { organization: 'org-somebody-else' });
    const e = await apiErrorOf(createClient(conn, v1alphaBackend).generate(textRequest()));
    expect(e).toMatchObject({ status: 403, errorName: 'permission_denied', code: 'permission_denied' });
  });

  it('gives 500 fault with no stack trace when the engine fails internally', async () => {
    // Make the engine's own state throw so its real fault path answers; keep its stderr log quiet.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const state = running.engine.state;
    const saved = Object.getOwnPropertyDescriptor(state, 'balance');
    Object.defineProperty(state, 'balance', {
      configurable: true,
      get() {
        throw new Error('simulated internal failure');
      },
    });
    try {
      const e = await apiErrorOf(createClient(localConnection(running.url), v1alphaBackend).getBalance());
      expect(e).toMatchObject({ status: 500, errorName: 'fault', code: 'fault', fault: true });
      expect(e.detail).not.toMatch(/simulated|at .*\.ts/);
    } finally {
      if (saved) Object.defineProperty(state, 'balance', saved);
      quiet.mockRestore();
    }
  });

  it('gives NetworkError naming the origin for a port nobody listens on', async () => {
    const dead = await startEngine({ port: 0 });
    const url = dead.url;
    await dead.close();
    const conn = localConnection(url);
    const e = await rejection(createClient(conn, v1alphaBackend).generate(textRequest()));
    expect(e).toBeInstanceOf(NetworkError);
    expect(e).toMatchObject({ kind: 'network', url });
    expect(String(e)).not.toContain(conn.apiKey);
    expect(await rejection(createClient(conn, v1alphaBackend).listEngines())).toBeInstanceOf(NetworkError);
  });
});
