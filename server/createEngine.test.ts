import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ENGINE_CONFIG } from './config.ts';
import { createEngine } from './createEngine.ts';
import { FAULT_MESSAGE } from './http/sendError.ts';
import { v1 } from './dialects/v1.ts';
import { v1alpha } from './dialects/v1alpha.ts';
import { v2beta } from './dialects/v2beta.ts';
import type { Operation, RouteSpec } from './routes/RequestContext.ts';
import type { Route } from './routes/routeTable.ts';

/** Handlers that misbehave in each way a request can fail after routing. */
const handlers: Record<string, Operation['run']> = {
  ok: async ({ res }) => void res.end('fine'),
  'sync-throw': () => {
    throw new TypeError('secret detail at /srv/x.ts:12');
  },
  'async-throw': async () => {
    await new Promise((r) => setTimeout(r, 5));
    throw new Error('later');
  },
  'throw-string': async () => {
    throw 'a string';
  },
  'throw-after-headers': async ({ res }) => {
    res.writeHead(200, { 'Content-Length': '100' });
    res.write('partial');
    throw new Error('mid-body');
  },
  'write-after-end-then-throw': async ({ res }) => {
    res.end('done');
    res.write('more');
    throw new Error('after end');
  },
  'write-after-end': async ({ res }) => {
    res.end('done');
    res.write('more');
  },
};
const routes: Array<Route<RouteSpec>> = [v1alpha, v1, v2beta].flatMap((dialect) =>
  Object.entries(handlers).map(([name, run]) => ({
    method: 'GET' as const,
    pattern: `${dialect.prefix}/test/${name}`,
    handler: { dialect, operation: { engine: null, run } },
  })),
);

let server: Server;
let base = '';
const logged = vi.fn<(line: unknown) => void>();

beforeAll(async () => {
  const engine = createEngine({ ...DEFAULT_ENGINE_CONFIG, keys: ['k'] }, routes);
  server = createServer((req, res) => engine.handle(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  vi.spyOn(console, 'error').mockImplementation(logged);
});
afterAll(async () => {
  vi.restoreAllMocks();
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});
afterEach(() => logged.mockClear());

/** GET with node:http so a cut connection shows as 'cut' rather than a fetch TypeError. */
function get(
  name: string,
  prefix = '/v1alpha',
): Promise<{ status: number; headers: Record<string, unknown>; body: string } | 'cut'> {
  return new Promise((resolve) => {
    const req = request(`${base}${prefix}/test/${name}`, { headers: { Authorization: 'k' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', () => resolve('cut'));
      res.on('aborted', () => resolve('cut'));
    });
    req.on('error', () => resolve('cut'));
    req.end();
  });
}

/** Waits for late 'error' events (they come on a later tick) before counting log lines. */
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('createEngine: a failing request never takes the process down', () => {
  it.each(['sync-throw', 'async-throw', 'throw-string'])(
    '%s → 500 fault with a generic goa body, logged on one line naming the error id',
    async (name) => {
      const res = await get(name);
      if (res === 'cut') throw new Error('connection was cut');
      expect(res.status).toBe(500);
      expect(res.headers['content-type']).toBe('application/vnd.goa.error');
      const body = JSON.parse(res.body) as Record<string, unknown>;
      expect(body).toMatchObject({ name: 'fault', message: FAULT_MESSAGE, fault: true });
      expect(res.body).not.toMatch(/secret|srv|\.ts/);
      await settle();
      expect(logged).toHaveBeenCalledTimes(1);
      const line = String(logged.mock.calls[0]?.[0]);
      expect(line).not.toContain('\n');
      expect(line).toContain(`500 fault ${String(body['id'])}`);
      expect(line).toContain(`GET "/v1alpha/test/${name}"`);
    },
  );

  it('answers the same failure under /v1 as v1 does: 500 server_error, {id, name, message} as JSON', async () => {
    const res = await get('async-throw', '/v1');
    if (res === 'cut') throw new Error('connection was cut');
    expect(res.status).toBe(500);
    expect(res.headers['content-type']).toBe('application/json');
    const body = JSON.parse(res.body) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['id', 'message', 'name']);
    expect(body).toMatchObject({ name: 'server_error', message: FAULT_MESSAGE });
    await settle();
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]?.[0])).toContain(`500 fault ${String(body['id'])}`);
  });

  it('answers it under /v2beta as v2beta does: 500 internal_error, {id, name, errors}, the id = x-request-id', async () => {
    const res = await get('sync-throw', '/v2beta');
    if (res === 'cut') throw new Error('connection was cut');
    expect(res.status).toBe(500);
    expect(res.headers['content-type']).toBe('application/json');
    const body = JSON.parse(res.body) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['errors', 'id', 'name']);
    expect(body).toMatchObject({ name: 'internal_error', errors: [`server: ${FAULT_MESSAGE}`] });
    expect(body['id']).toMatch(/^[0-9a-f]{32}$/);
    expect(res.headers['x-request-id']).toBe(body['id']);
    expect(res.body).not.toMatch(/secret|srv|\.ts/);
    await settle();
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]?.[0])).toContain(`500 fault ${String(body['id'])}`);
  });

  it('cuts the connection when the handler throws after the response started, and logs once', async () => {
    expect(await get('throw-after-headers')).toBe('cut');
    await settle();
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]?.[0])).toMatch(
      /no error answer.*Error: mid-body \(at .*createEngine\.test\.ts/,
    );
  });

  it('logs a request once when it both throws and fails its response (write after end)', async () => {
    const res = await get('write-after-end-then-throw');
    expect(res !== 'cut' && res.body).toBe('done');
    await settle();
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it("turns a response 'error' event (write after end) into one log line, not a crash", async () => {
    const res = await get('write-after-end');
    expect(res !== 'cut' && res.body).toBe('done');
    await settle();
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]?.[0])).toContain('ERR_STREAM_WRITE_AFTER_END');
  });

  it('puts the security headers on preflights too', async () => {
    const res = await fetch(`${base}/v1alpha/test/ok`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('still serves afterwards, with the security headers on success and error answers', async () => {
    for (const name of ['ok', 'sync-throw', 'nope']) {
      const res = await get(name);
      if (res === 'cut') throw new Error('connection was cut');
      expect(res.status).toBe(name === 'ok' ? 200 : name === 'nope' ? 404 : 500);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });
});
