/**
 * The studio's Stable Image (v2beta) backend against the engine over loopback: every request shape the studio
 * sends, read by the engine's own v2beta dialect; the answers decoded; each charged the backend's estimate;
 * the refusals of §5 as the studio reads them.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineConfig } from '../../server/config.ts';
import { startEngine, type RunningEngine } from '../../server/listen.ts';
import {
  ApiError,
  createClient,
  v2betaBackend as backend,
  v2betaOutputSize,
  type GenerationParams,
  type GenerationRequest,
} from '../../src/lib/api/index.ts';
import { localConnection, pixelsOf, rejection } from './client-support.ts';

const FIXTURES = new URL('../fixtures/stability-examples', import.meta.url).pathname;
const INIT = new Blob([new Uint8Array(readFileSync(`${FIXTURES}/init_image.png`))]);
const MASK = new Blob([new Uint8Array(readFileSync(`${FIXTURES}/mask_image_white.png`))]);
const size = { width: 512, height: 512 };
const prompts = [
  { text: 'a lighthouse at dusk', weight: 1 },
  { text: 'storm', weight: 0.6 },
  { text: 'text', weight: -1 },
];
/** Long enough for the engine to draw Core's 2.3 MP on a busy 2-core machine. */
const SLOW = 120_000;

async function engineWith(overrides: Partial<EngineConfig> = {}): Promise<RunningEngine> {
  return startEngine({ port: 0, balance: 1000, ...overrides });
}

let running: RunningEngine;
beforeAll(async () => {
  running = await engineWith();
});
afterAll(async () => {
  await running.close();
});

const client = (engine = running, key?: string) =>
  createClient(localConnection(engine.url, key === undefined ? {} : { apiKey: key }), backend);

/** A request as the studio sends it: normalized by the backend, and valid by its rules. */
const studio = (
  request: Omit<GenerationRequest, 'backend' | 'params'> & { params?: Partial<GenerationParams> },
) => {
  const normalized = backend.normalize({
    ...request,
    backend: 'v2beta',
    params: { prompts, samples: 1, seed: 0, ...request.params },
  });
  expect(backend.validate(normalized)).toEqual([]);
  return normalized;
};
const image = { initImage: INIT, initImageSize: size };

/** Generates one picture, checks it costs the estimate, and returns it decoded. */
async function generated(request: GenerationRequest) {
  const before = (await client().getBalance()).credits;
  const images = await client().generate(request);
  const after = (await client().getBalance()).credits;
  expect(after).toBeCloseTo(before - backend.cost(request), 6);
  expect(images).toHaveLength(1);
  const [img] = images;
  return { ...img!, pixels: await pixelsOf(img!.png) };
}

describe('the v2beta backend against the engine (its wire read by the engine’s own v2beta dialect)', () => {
  it('reads balance and account from /v1/user; its engine list is its catalogue once the balance answers', async () => {
    expect(typeof (await client().getBalance()).credits).toBe('number');
    expect((await client().getAccount()).organizations.length).toBeGreaterThan(0);
    const engines = await client().listEngines();
    expect(engines.filter((e) => e.modes.includes('text-to-image')).map((e) => e.id)).toEqual([
      'ultra',
      'core',
      'sd3.5-large',
      'sd3.5-large-turbo',
      'sd3.5-medium',
      'sd3.5-flash',
    ]);
  });

  it(
    'text-to-image on Core at 16:9, Ultra and SD 3.5 Flash (with CFG): the contract’s sizes, the seed asked for',
    async () => {
      for (const [engineId, aspectRatio] of [
        ['core', '16:9'],
        ['ultra', '21:9'],
        ['sd3.5-flash', '9:16'],
      ] as const) {
        const request = studio({
          mode: 'text-to-image',
          engineId,
          params: { aspectRatio, seed: 321, cfgScale: 1.5 },
        });
        const img = await generated(request);
        const endpoint = request.endpoint as 'generate/core';
        const expected = v2betaOutputSize(endpoint, { aspectRatio });
        expect([img.pixels.width, img.pixels.height, img.seed]).toEqual([
          expected?.width,
          expected?.height,
          321,
        ]);
        expect(img.finishReason).toBe('SUCCESS');
      }
    },
    SLOW,
  );

  it(
    'image-to-image on SD 3.5 Medium and Ultra (strength = 1 − image strength), reworked to 1 MP',
    async () => {
      for (const engineId of ['sd3.5-medium', 'ultra']) {
        const img = await generated(
          studio({ mode: 'image-to-image', engineId, params: { imageStrength: 0.6, seed: 5 }, ...image }),
        );
        expect([img.pixels.width, img.pixels.height]).toEqual([1024, 1024]);
      }
    },
    SLOW,
  );

  it(
    'inpaint (painted mask with grow_mask; the image’s own alpha), erase and outpaint keep or extend the image',
    async () => {
      const inpaint = await generated(
        studio({
          mode: 'masking',
          engineId: 'core',
          params: { growMask: 20, seed: 9 },
          ...image,
          maskImage: MASK,
        }),
      );
      expect([inpaint.pixels.width, inpaint.pixels.height, inpaint.seed]).toEqual([512, 512, 9]);
      const alphaRequest = studio({
        mode: 'masking',
        engineId: 'core',
        params: { maskSource: 'INIT_IMAGE_ALPHA' },
        // The example init image has transparent pixels of its own: they are the mask, no mask part is sent.
        ...image,
        maskImage: MASK,
      });
      expect(alphaRequest.maskImage).toBeUndefined();
      const alpha = await generated(alphaRequest);
      expect([alpha.pixels.width, alpha.pixels.height]).toEqual([512, 512]);
      const erase = await generated(
        studio({ mode: 'erase', engineId: 'core', params: { growMask: 3 }, ...image, maskImage: MASK }),
      );
      expect([erase.pixels.width, erase.pixels.height]).toEqual([512, 512]);
      const outpaint = await generated(
        studio({
          mode: 'outpaint',
          engineId: 'core',
          params: { outpaint: { left: 64, right: 0, up: 0, down: 128 }, creativity: 0.4 },
          ...image,
        }),
      );
      expect([outpaint.pixels.width, outpaint.pixels.height]).toEqual([576, 640]);
    },
    SLOW,
  );

  it(
    'upscales ×4 with upscale/fast, and to about 4 MP with upscale/conservative guided by the prompt',
    async () => {
      const fast = await generated(studio({ mode: 'upscale', engineId: 'upscale-fast', ...image }));
      expect([fast.pixels.width, fast.pixels.height]).toEqual([2048, 2048]);
      const conservative = await generated(
        studio({ mode: 'upscale', engineId: 'upscale-conservative', ...image }),
      );
      expect([conservative.pixels.width, conservative.pixels.height]).toEqual([2048, 2048]);
    },
    SLOW,
  );

  it(
    'reads the bytes answer too (accept: image/*), and a blurred CONTENT_FILTERED picture',
    async () => {
      const request = studio({ mode: 'text-to-image', engineId: 'sd3.5-flash', params: { seed: 77 } });
      const [bytes] = await client().generate({ ...request, accept: 'image/png' });
      expect(bytes?.seed).toBe(77);
      const softened = studio({
        mode: 'text-to-image',
        engineId: 'sd3.5-flash',
        params: { prompts: [{ text: 'a weapon on a table', weight: 1 }] },
      });
      const [filtered] = await client().generate(softened);
      expect(filtered?.finishReason).toBe('CONTENT_FILTERED');
    },
    SLOW,
  );
});

describe('the engine’s refusals as the v2beta backend reads them (§5)', () => {
  async function apiErrorOf(p: Promise<unknown>): Promise<ApiError> {
    const e = await rejection(p);
    if (!(e instanceof ApiError)) throw new Error(`expected ApiError, got ${String(e)}`);
    return e;
  }
  const flash = (params: Partial<GenerationParams> = {}) =>
    backend.normalize({
      backend: 'v2beta',
      mode: 'text-to-image',
      engineId: 'sd3.5-flash',
      params: { prompts, ...params },
    });

  it('a 400 lists every problem; a bad key is a 401; a blocked word a 403; another language a 422', async () => {
    const bad = await apiErrorOf(client().generate(flash({ aspectRatio: '7:3', seed: 4_294_967_295 })));
    expect(bad).toMatchObject({ status: 400, code: 'bad_request' });
    expect(bad.problems).toEqual([
      expect.stringMatching(/^aspect_ratio: invalid enum value/),
      expect.stringMatching(/^seed: must be between 0 and 4294967294/),
    ]);
    expect(await apiErrorOf(client(running, 'sk-wrong').generate(flash()))).toMatchObject({
      status: 401,
      code: 'unauthorized',
    });
    const moderated = await apiErrorOf(client().generate(flash({ prompts: [{ text: 'gore', weight: 1 }] })));
    expect(moderated).toMatchObject({ status: 403, code: 'content_moderation' });
    const language = await apiErrorOf(
      client().generate(flash({ prompts: [{ text: 'bonjour', weight: 1 }] })),
    );
    expect(language).toMatchObject({ status: 422, code: 'invalid_language' });
  });

  it(
    '402 when the credits are spent, and 429 with Retry-After after the rate limit',
    async () => {
      const broke = await engineWith({ balance: 1, refuseWhenSpent: true });
      const limited = await engineWith({ rateLimit: 1, rateLockoutMs: 30_000 });
      try {
        expect(await apiErrorOf(client(broke).generate(flash()))).toMatchObject({
          status: 402,
          code: 'payment_required',
        });
        await client(limited).generate(flash());
        const busy = await apiErrorOf(client(limited).generate(flash()));
        expect(busy).toMatchObject({ status: 429, code: 'rate_limit_exceeded', temporary: true });
        expect(busy.retryAfterSeconds).toBeGreaterThan(0);
        expect(busy.retryAfterSeconds).toBeLessThanOrEqual(30);
      } finally {
        await Promise.all([broke.close(), limited.close()]);
      }
    },
    SLOW,
  );
});
