/**
 * Real, unmodified third-party v1 clients against the engine (issue 8 §5), pinned as dev dependencies:
 * `modelfusion` 0.137.0 (its Stability image model, base URL pointed at the engine's /v1) and the community
 * SDK `stability-ai` 0.7.0, whose base URL is fixed to https://api.stability.ai: the only redirection is an
 * axios request interceptor, on the very axios instance the SDK requires, that rewrites that origin to the
 * engine's. Neither client is patched or wrapped otherwise.
 *
 * `stability-ai` 0.7.0 has no v1 upscale call (its v1 generation module lists the upscale path but exports
 * only text-to-image, image-to-image and masking), so v1 upscale is tested with a plain multipart request
 * here and in engine-v1-upscale.test.ts.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateImage, stability } from 'modelfusion';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, decodeRgba, fixture, KEY, rawPng, withEngine } from './engineTestKit.ts';
import { postV1Form, v1Url } from './v1TestKit.ts';

const engine = withEngine({ balance: 500 });

/** The slice of axios the interceptor needs (axios is the SDK's dependency, not ours). */
interface AxiosLike {
  interceptors: {
    request: {
      use(onRequest: (config: { url?: string }) => { url?: string }): number;
      eject(id: number): void;
    };
  };
}
interface SdkContentResponse {
  filepath: string;
  seed: number;
  contentFiltered: boolean;
  errored: boolean;
}
/** What the SDK's default export offers under `v1` (its own .d.ts says the same, less precisely). */
interface StabilitySdk {
  v1: {
    user: {
      account(): Promise<{ id: string; email: string; organizations: unknown[] }>;
      balance(): Promise<{ credits: number }>;
    };
    engines: { list(): Promise<Array<{ id: string; type: string }>> };
    generation: {
      textToImage(engineId: string, prompts: unknown[], options?: object): Promise<SdkContentResponse[]>;
      imageToImage(
        engineId: string,
        prompts: unknown[],
        initImage: string,
        options?: object,
      ): Promise<SdkContentResponse[]>;
      imageToImageMasking(
        engineId: string,
        prompts: unknown[],
        initImage: string,
        options: object,
      ): Promise<SdkContentResponse[]>;
    };
  };
}

// Resolve from the SDK's own location, so `axios` is the module instance its `require('axios')` returns.
const sdkRequire = createRequire(createRequire(import.meta.url).resolve('stability-ai'));
const { default: StabilityAI } = sdkRequire('stability-ai') as {
  default: new (apiKey: string) => StabilitySdk;
};
const sdkAxios = sdkRequire('axios') as AxiosLike;

const files: string[] = [];
/** The SDK takes images as file paths: writes `bytes` to a temporary file. */
function tempFile(name: string, bytes: Buffer): string {
  const path = join(tmpdir(), `gesso-sdk-${process.pid}-${name}`);
  writeFileSync(path, bytes);
  files.push(path);
  return path;
}
/** The size of an image the SDK wrote to disk (and removes it afterwards). */
async function sizeOfFile(path: string): Promise<[number, number]> {
  files.push(path);
  const meta = await sharp(readFileSync(path)).metadata();
  return [meta.width ?? 0, meta.height ?? 0];
}

let interceptor = -1;
beforeAll(() => {
  interceptor = sdkAxios.interceptors.request.use((config) => {
    if (config.url?.startsWith('https://api.stability.ai/')) {
      config.url = engine.url + config.url.slice('https://api.stability.ai'.length);
    }
    return config;
  });
});
afterAll(() => {
  sdkAxios.interceptors.request.eject(interceptor);
  for (const f of files) rmSync(f, { force: true });
});

describe('modelfusion 0.137.0 (Stability image model, base URL = the engine’s /v1)', () => {
  it('generates text-to-image and gets decodable images of the asked size', async () => {
    const api = stability.Api({ baseUrl: `${engine.url}/v1`, apiKey: KEY });
    const model = stability
      .ImageGenerator({
        api,
        model: 'stable-diffusion-v1-6',
        width: 640,
        height: 384,
        steps: 10,
        numberOfGenerations: 2,
        stylePreset: 'pixel-art',
      })
      .withTextPrompt();
    const result = await generateImage({
      model,
      prompt: 'a lighthouse on a cliff at dusk',
      fullResponse: true,
    });
    expect(result.images).toHaveLength(2);
    for (const image of result.images) {
      const img = await decodeRgba(Buffer.from(image));
      expect([img.width, img.height]).toEqual([640, 384]);
    }
    expect(result.imagesBase64[0]).not.toBe(result.imagesBase64[1]);
  });

  it('surfaces an engine refusal as an error carrying the v1 message', async () => {
    const api = stability.Api({ baseUrl: `${engine.url}/v1`, apiKey: KEY });
    const model = stability
      .ImageGenerator({ api, model: 'stable-diffusion-xl-1024-v1-0', width: 512, height: 512 })
      .withTextPrompt();
    await expect(generateImage({ model, prompt: 'a fox' })).rejects.toThrow(/invalid_sdxl_v1_dimensions/);
  });
});

describe('stability-ai 0.7.0 (community SDK, its axios redirected to the engine)', () => {
  const sdk = new StabilityAI(KEY);
  const prompts = [{ text: 'a red fox in a snowy forest', weight: 1 }];

  it('lists engines, reads the account and the balance', async () => {
    const list = await sdk.v1.engines.list();
    expect(list.map((e) => e.id)).toContain('stable-diffusion-v1-6');
    expect(list.map((e) => e.id)).toContain('esrgan-v1-x2plus');
    const account = await sdk.v1.user.account();
    expect(account.id).toBe('user-gesso-local');
    expect((await sdk.v1.user.balance()).credits).toBeGreaterThan(0);
  });

  it('generates text-to-image (SDXL at its default size, with samples and a style preset)', async () => {
    const results = await sdk.v1.generation.textToImage('stable-diffusion-xl-1024-v1-0', prompts, {
      samples: 2,
      steps: 10,
      seed: 4000000000,
      style_preset: 'cinematic',
    });
    expect(results.map((r) => r.seed)).toEqual([4000000000, 4000000001]);
    for (const r of results) {
      expect(r.errored || r.contentFiltered).toBe(false);
      expect(await sizeOfFile(r.filepath)).toEqual([1024, 1024]);
    }
  });

  it('runs image-to-image with either init image mode (sent as `mode`, flattened fields, streamed file)', async () => {
    const init = tempFile('init.png', fixture('init_image.png'));
    const expected = [
      (await decodeRgba(fixture('init_image.png'))).width,
      (await decodeRgba(fixture('init_image.png'))).height,
    ];
    const strength = await sdk.v1.generation.imageToImage('stable-diffusion-v1-6', prompts, init, {
      mode: 'IMAGE_STRENGTH',
      image_strength: 0.4,
      seed: 12,
      steps: 10,
    });
    const schedule = await sdk.v1.generation.imageToImage('stable-diffusion-v1-6', prompts, init, {
      mode: 'STEP_SCHEDULE',
      step_schedule_start: 0.6,
      seed: 12,
      steps: 10,
    });
    expect(await sizeOfFile(strength[0]?.filepath ?? '')).toEqual(expected);
    // image_strength 0.4 is step_schedule_start 0.6: the same picture.
    expect(readFileSync(schedule[0]?.filepath ?? '').equals(readFileSync(strength[0]?.filepath ?? ''))).toBe(
      true,
    );
    files.push(schedule[0]?.filepath ?? '');
  });

  it('runs masking with a mask image and with the init image’s alpha', async () => {
    const init = tempFile('m-init.png', fixture('init_image.png'));
    const mask = tempFile('m-mask.png', fixture('mask_image_white.png'));
    const withMask = await sdk.v1.generation.imageToImageMasking('stable-diffusion-v1-6', prompts, init, {
      mask_source: 'MASK_IMAGE_WHITE',
      mask_image: mask,
      steps: 10,
    });
    const size = await sizeOfFile(withMask[0]?.filepath ?? '');
    expect(size).toEqual([
      (await decodeRgba(fixture('init_image.png'))).width,
      (await decodeRgba(fixture('init_image.png'))).height,
    ]);
    const alpha = tempFile('m-alpha.png', fixture('mask_image_alpha.png'));
    const fromAlpha = await sdk.v1.generation.imageToImageMasking('stable-diffusion-v1-6', prompts, alpha, {
      mask_source: 'INIT_IMAGE_ALPHA',
      steps: 10,
    });
    expect((await sizeOfFile(fromAlpha[0]?.filepath ?? ''))[0]).toBeGreaterThan(0);
  });

  it('(no SDK call for v1 upscale in 0.7.0) upscales with a plain multipart request', async () => {
    const small = await rawPng(256, 192, new Uint8Array(256 * 192 * 4).fill(200));
    const [a] = await artifacts(
      await postV1Form(v1Url(engine.url, 'image-to-image/upscale', 'esrgan-v1-x2plus'), [['image', small]]),
    );
    const img = await decodeRgba(a?.base64 ?? '');
    expect([img.width, img.height]).toEqual([512, 384]);
  });
});
