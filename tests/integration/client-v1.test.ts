import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type RunningEngine } from '../../server/listen.ts';
import { createClient, v1Backend, type GenerationRequest } from '../../src/lib/api/index.ts';
import { localConnection, pixelsOf } from './client-support.ts';

const FIXTURES = new URL('../fixtures/stability-examples', import.meta.url).pathname;
const INIT = new Blob([new Uint8Array(readFileSync(`${FIXTURES}/init_image.png`))]);
const MASK = new Blob([new Uint8Array(readFileSync(`${FIXTURES}/mask_image_white.png`))]);

let running: RunningEngine;
beforeAll(async () => {
  running = await startEngine({ port: 0, balance: 100 });
});
afterAll(async () => {
  await running.close();
});

const client = () => createClient(localConnection(running.url), v1Backend);
const prompts = [{ text: 'a lighthouse at dusk', weight: 1 }];
const image = { initImage: INIT, initImageSize: { width: 512, height: 512 } };
/** A request as the studio sends it: normalized by the backend, and valid by its rules. */
const studio = (request: Omit<GenerationRequest, 'backend'>): GenerationRequest => {
  const normalized = v1Backend.normalize({ ...request, backend: 'v1' });
  expect(v1Backend.validate(normalized)).toEqual([]);
  return normalized;
};

describe('the v1 backend against the engine (its wire read by the engine’s own v1 dialect)', () => {
  it('lists the v1 engines, the upscaler among them, and reads account and balance', async () => {
    const engines = await client().listEngines();
    expect(engines.find((e) => e.id === 'esrgan-v1-x2plus')?.modes).toEqual(['upscale']);
    expect(engines.find((e) => e.id === 'stable-diffusion-v1-6')?.modes).toContain('masking');
    expect((await client().getAccount()).organizations.length).toBeGreaterThan(0);
    expect(typeof (await client().getBalance()).credits).toBe('number');
  });

  it('generates text-to-image, image-to-image and an inpaint; each costs what the backend estimated', async () => {
    const requests = [
      studio({
        mode: 'text-to-image',
        engineId: 'stable-diffusion-v1-6',
        params: {
          prompts,
          width: 640,
          height: 384,
          steps: 20,
          samples: 2,
          seed: 4_000_000_000,
          stylePreset: 'origami',
        },
      }),
      studio({
        mode: 'image-to-image',
        engineId: 'stable-diffusion-v1-6',
        params: { prompts, imageStrength: 0.6, seed: 9 },
        ...image,
      }),
      studio({
        mode: 'masking',
        engineId: 'stable-diffusion-v1-6',
        params: { prompts, maskSource: 'MASK_IMAGE_WHITE', seed: 9 },
        ...image,
        maskImage: MASK,
      }),
    ];
    for (const request of requests) {
      const before = (await client().getBalance()).credits;
      const images = await client().generate(request);
      const after = (await client().getBalance()).credits;
      expect(after).toBeCloseTo(before - v1Backend.cost(request), 6);
      expect(images.length).toBe(request.params.samples ?? 1);
    }
  });

  it('sends v1 seeds past 2147483647 and reads them back', async () => {
    const [img] = await client().generate(
      studio({
        mode: 'text-to-image',
        engineId: 'stable-diffusion-v1-6',
        params: { prompts, steps: 10, seed: 4_294_967_295 },
      }),
    );
    expect(img?.seed).toBe(4_294_967_295);
  });

  it('upscales ×2 with Real-ESRGAN, and to a given width keeping the aspect', async () => {
    const request = studio({
      mode: 'upscale',
      engineId: 'esrgan-v1-x2plus',
      params: { prompts: [] },
      ...image,
    });
    const [doubled] = await client().generate(request);
    expect(await pixelsOf(doubled!.png)).toMatchObject({ width: 1024, height: 1024 });
    const [wide] = await client().generate({ ...request, params: { prompts: [], upscale: { width: 768 } } });
    expect(await pixelsOf(wide!.png)).toMatchObject({ width: 768, height: 768 });
  });
});
