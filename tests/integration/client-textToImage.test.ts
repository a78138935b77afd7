import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type RunningEngine } from '../../server/listen.ts';
import { AbortError, createClient, v1alphaBackend, hasPngSignature } from '../../src/lib/api/index.ts';
import { bytesOf, localConnection, pixelsOf, rejection, textRequest } from './client-support.ts';

let running: RunningEngine;
let slow: RunningEngine;
beforeAll(async () => {
  running = await startEngine({ port: 0 });
  slow = await startEngine({ port: 0, delayMs: 2000 });
});
afterAll(async () => {
  await running.close();
  await slow.close();
});

describe('client → engine, text-to-image', () => {
  it('returns a 512×512 PNG with the requested seed in JSON mode', async () => {
    const [img, ...rest] = await createClient(localConnection(running.url), v1alphaBackend).generate(
      textRequest(),
    );
    expect(rest).toHaveLength(0);
    expect(img?.seed).toBe(1234);
    expect(img?.finishReason).toBe('SUCCESS');
    const bytes = await bytesOf(img!.png);
    expect(hasPngSignature(bytes)).toBe(true);
    const px = await pixelsOf(bytes);
    expect([px.width, px.height]).toEqual([512, 512]);
  });

  it('returns the same picture in PNG mode, with Seed and Finish-Reason read from headers', async () => {
    const client = createClient(localConnection(running.url), v1alphaBackend);
    const [asJson] = await client.generate(textRequest());
    const [asPng, ...rest] = await client.generate({ ...textRequest(), accept: 'image/png' });
    expect(rest).toHaveLength(0);
    expect(asPng?.seed).toBe(1234);
    expect(asPng?.finishReason).toBe('SUCCESS');
    expect((await bytesOf(asPng!.png)).equals(await bytesOf(asJson!.png))).toBe(true);
  });

  it('gives samples 3 with consecutive seeds, each a different picture', async () => {
    const images = await createClient(localConnection(running.url), v1alphaBackend).generate(
      textRequest({ samples: 3, seed: 500 }),
    );
    expect(images.map((i) => i.seed)).toEqual([500, 501, 502]);
    const bytes = await Promise.all(images.map((i) => bytesOf(i.png)));
    expect(bytes[0]!.equals(bytes[1]!)).toBe(false);
    expect(bytes[1]!.equals(bytes[2]!)).toBe(false);
  });

  it('returns byte-identical PNGs for identical requests, and a different one for another seed', async () => {
    const client = createClient(localConnection(running.url), v1alphaBackend);
    const [a] = await client.generate(textRequest({ seed: 77 }));
    const [b] = await client.generate(textRequest({ seed: 77 }));
    const [c] = await client.generate(textRequest({ seed: 78 }));
    const [ba, bb, bc] = await Promise.all([a!, b!, c!].map((i) => bytesOf(i.png)));
    expect(ba!.equals(bb!)).toBe(true);
    expect(ba!.equals(bc!)).toBe(false);
  });

  it('reports a random seed actually used when seed is 0', async () => {
    const [img] = await createClient(localConnection(running.url), v1alphaBackend).generate(
      textRequest({ seed: 0 }),
    );
    expect(Number.isInteger(img?.seed)).toBe(true);
    expect(img?.seed).toBeGreaterThan(0);
  });

  it('reports CONTENT_FILTERED for a soften-list word', async () => {
    const [img] = await createClient(localConnection(running.url), v1alphaBackend).generate(
      textRequest({ prompts: [{ text: 'a knight with a weapon', weight: 1 }] }),
    );
    expect(img?.finishReason).toBe('CONTENT_FILTERED');
  });

  it('sends the organization header the account owns', async () => {
    const conn = localConnection(running.url, { organization: 'org-gesso-local' });
    const [img] = await createClient(conn, v1alphaBackend).generate(textRequest());
    expect(img?.seed).toBe(1234);
  });

  it('rejects with AbortError when cancelled mid-request', async () => {
    const ctl = new AbortController();
    const pending = rejection(
      createClient(localConnection(slow.url), v1alphaBackend).generate(textRequest(), ctl.signal),
    );
    setTimeout(() => ctl.abort(), 150);
    const e = await pending;
    expect(e).toBeInstanceOf(AbortError);
    expect((e as AbortError).kind).toBe('aborted');
  });

  it('rejects with AbortError when the signal is already aborted', async () => {
    const ctl = new AbortController();
    ctl.abort();
    expect(
      await rejection(
        createClient(localConnection(running.url), v1alphaBackend).generate(textRequest(), ctl.signal),
      ),
    ).toBeInstanceOf(AbortError);
  });
});
