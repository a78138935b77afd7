import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badRequest, EngineError } from './EngineError.ts';
import { FAULT_MESSAGE, sendThrown } from './sendError.ts';

let server: Server;
let base = '';
const thrown: Record<string, unknown> = {
  '/internal': new Error('secret detail at /srv/engine.ts:12'),
  '/string': 'a thrown string',
  '/bad': badRequest('Sample count too high', 'invalid_samples'),
  '/headers': new EngineError('method_not_allowed', 'nope', { Allow: 'GET' }),
};

beforeAll(async () => {
  server = createServer((req, res) => sendThrown(res, thrown[req.url ?? '']));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('sendThrown', () => {
  it('turns unknown throws into a generic 500 fault without details', async () => {
    for (const path of ['/internal', '/string']) {
      const res = await fetch(base + path);
      expect(res.status).toBe(500);
      expect(res.headers.get('content-type')).toBe('application/vnd.goa.error');
      const body = (await res.json()) as Record<string, unknown>;
      expect(body).toEqual({
        name: 'fault',
        id: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
        message: FAULT_MESSAGE,
        temporary: false,
        timeout: false,
        fault: true,
      });
    }
  });

  it('sends EngineErrors as themselves, with a code prefix and extra headers', async () => {
    const bad = await fetch(`${base}/bad`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toBe(
      'invalid_samples: Sample count too high',
    );
    const m = await fetch(`${base}/headers`);
    expect(m.status).toBe(405);
    expect(m.headers.get('allow')).toBe('GET');
    expect(((await m.json()) as { fault: boolean }).fault).toBe(false);
  });
});
