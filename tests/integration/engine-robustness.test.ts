import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { artifacts, expectGoaError, genUrl, KEY, postT2I, PROMPT, withEngine } from './engineTestKit.ts';

const engine = withEngine();

/** Sends raw bytes with node:http so malformed framing reaches the server as written. */
function rawPost(url: string, headers: Record<string, string>, chunks: Buffer[], endEarly = false) {
  return new Promise<{ status: number; body: string } | 'reset'>((resolve) => {
    const req = request(url, { method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', () => resolve('reset'));
    for (const c of chunks) req.write(c);
    if (endEarly) req.destroy();
    else req.end();
  });
}

async function stillAlive(): Promise<void> {
  const res = await fetch(`${engine.url}/v1alpha/user/balance`, { headers: { Authorization: KEY } });
  expect(res.status).toBe(200);
  await res.arrayBuffer();
}

describe('hostile JSON bodies', () => {
  it('400s on malformed, truncated and empty JSON', async () => {
    for (const body of ['{"text_prompts": [', '{oops}', '', 'null x', '\u0000\u0001']) {
      await expectGoaError(await postT2I(engine.url, body), 400, 'bad_request');
    }
    await stillAlive();
  });

  it('400s on a JSON body over 1 MiB (decided: 400, not 413), and still answers afterwards', async () => {
    const padded = JSON.stringify({ ...PROMPT, padding: 'x'.repeat(1024 * 1024) });
    const body = await expectGoaError(await postT2I(engine.url, padded), 400, 'bad_request');
    expect(String(body['message'])).toContain('1 MiB');
    await stillAlive();
  });

  it('accepts a JSON body just under 1 MiB', async () => {
    const padded = JSON.stringify({ ...PROMPT, seed: 1, padding: 'x'.repeat(1024 * 1024 - 200) });
    expect(Buffer.byteLength(padded)).toBeLessThan(1024 * 1024);
    expect((await artifacts(await postT2I(engine.url, padded)))[0]?.seed).toBe(1);
  });

  it('survives a huge (30 MiB) body', async () => {
    const huge = Buffer.alloc(30 * 1024 * 1024, 0x7b);
    const res = await fetch(genUrl(engine.url, 'text-to-image'), {
      method: 'POST',
      headers: { Authorization: KEY },
      body: new Uint8Array(huge),
    });
    await expectGoaError(res, 400, 'bad_request');
    await stillAlive();
  });

  it('survives a client that disconnects mid-body', async () => {
    const result = await rawPost(
      genUrl(engine.url, 'text-to-image'),
      { Authorization: KEY, 'Content-Length': '5000' },
      [Buffer.from('{"text_prompts":')],
      true,
    );
    expect(result).toBe('reset');
    await stillAlive();
  });

  it('400s on deeply nested JSON without crashing', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    await expectGoaError(await postT2I(engine.url, deep), 400, 'bad_request');
    await stillAlive();
  });

  it('never leaks a stack trace in an error body', async () => {
    const res = await postT2I(engine.url, '{"text_prompts": [{"text": {"toString": 1}}]}');
    const body = await expectGoaError(res, 400, 'bad_request');
    expect(JSON.stringify(body)).not.toMatch(/node_modules|\.ts:\d+|at [A-Za-z]+ \(/);
  });

  it('does not treat a prototype-polluting body as special', async () => {
    const res = await postT2I(
      engine.url,
      '{"__proto__": {"samples": 5}, "text_prompts": [{"text": "cat"}], "seed": 4}',
    );
    const list = await artifacts(res);
    expect(list.map((a) => a.seed)).toEqual([4]);
  });

  it('answers every route with a 4xx goa error for random bytes under assorted content types', async () => {
    // A fixed LCG so a failure is reproducible.
    let x = 12345;
    const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31);
    const modes = ['text-to-image', 'image-to-image', 'image-to-image/masking'];
    const types = [
      'application/json',
      'multipart/form-data; boundary=zz',
      'text/plain',
      'application/octet-stream',
    ];
    for (let round = 0; round < 24; round++) {
      const bytes = new Uint8Array(1 + (next() % 4000)).map(() => next() % 256);
      if (round % 3 === 0)
        bytes.set(Buffer.from('--zz\r\nContent-Disposition: form-data; name="options"\r\n\r\n'));
      const res = await fetch(genUrl(engine.url, modes[round % 3] ?? ''), {
        method: 'POST',
        headers: { Authorization: KEY, 'Content-Type': types[round % 4] ?? '' },
        body: bytes,
      });
      const body = await expectGoaError(res, 400, 'bad_request');
      expect(body['fault']).toBe(false);
    }
    await stillAlive();
  });
});
