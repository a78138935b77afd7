/**
 * The community SDK `stability-ai` 0.7.0 (pinned dev dependency) driving the engine's v2beta routes, unmodified:
 * its base URL is fixed to https://api.stability.ai, so the only redirection is an axios request interceptor
 * on the very axios instance the SDK requires, as in v1-third-party-clients.test.ts.
 *
 * What the SDK cannot express (so it is tested with plain requests elsewhere): upscale/fast (0.7.0 has only
 * conservative and creative), `style_preset` (no generate or edit call sends it), `cfg_scale` (sd3),
 * `grow_mask` (inpaint, erase), outpaint's `creativity`, the current sd3 model names (its types name only
 * `sd3` and `sd3-turbo`: the engine takes both as aliases), `negative_prompt` with `sd3-turbo` (it drops it),
 * `accept: image/*` (it always asks for JSON), and a seed of 0 (it leaves falsy seeds out, which means the same).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, KEY, rawPng, solidImage, withEngine } from './engineTestKit.ts';
import { balanceOf, imageOf, postV2 } from './v2betaTestKit.ts';

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
  outputFormat: string;
  seed: number;
  contentFiltered: boolean;
  errored: boolean;
}
type Call<A extends unknown[]> = (...args: A) => Promise<SdkContentResponse>;
/** What the SDK's default export offers under `v2beta.stableImage` (its own .d.ts says the same). */
interface StabilitySdk {
  v2beta: {
    stableImage: {
      generate: {
        ultra: Call<[prompt: string, options?: object]>;
        core: Call<[prompt: string, options?: object]>;
        sd3: Call<[prompt: string, options?: object]>;
      };
      edit: {
        inpaint: Call<[image: string, prompt: string, options?: object]>;
        outpaint: Call<[image: string, options: object]>;
        erase: Call<[image: string, options?: object]>;
      };
      upscale: { conservative: Call<[image: string, prompt: string, options?: object]> };
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
  const path = join(tmpdir(), `gesso-sdk-v2-${process.pid}-${name}`);
  writeFileSync(path, bytes);
  files.push(path);
  return path;
}
/** The size and format of an image the SDK wrote to disk (removed afterwards). */
async function decoded(result: SdkContentResponse): Promise<[number, number, string]> {
  files.push(result.filepath);
  expect(result.errored || result.contentFiltered).toBe(false);
  const meta = await sharp(readFileSync(result.filepath)).metadata();
  return [meta.width ?? 0, meta.height ?? 0, meta.format ?? ''];
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

describe('stability-ai 0.7.0 v2beta (its axios redirected to the engine)', () => {
  const sdk = new StabilityAI(KEY).v2beta.stableImage;
  const prompt = 'a red fox in a snowy forest';

  it('generates with Ultra and Core at the contract’s sizes, echoing the seed', async () => {
    const ultra = await sdk.generate.ultra(prompt, { aspectRatio: '16:9', seed: 123, negativePrompt: 'fog' });
    expect(await decoded(ultra)).toEqual([1344, 768, 'png']);
    expect(ultra.seed).toBe(123);
    const core = await sdk.generate.core(prompt, { aspectRatio: '1:1', outputFormat: 'webp' });
    expect(await decoded(core)).toEqual([1536, 1536, 'webp']);
    expect(core.seed).toBeGreaterThan(0);
  });

  it('generates with sd3 text-to-image and image-to-image under its old model names', async () => {
    const t2i = await sdk.generate.sd3(prompt, { model: 'sd3', mode: 'text-to-image', aspectRatio: '3:2' });
    expect(await decoded(t2i)).toEqual([1216, 832, 'png']);
    const init = tempFile('init.png', await solidImage(1536, 1536, { r: 40, g: 90, b: 160, alpha: 1 }));
    const before = await balanceOf(engine.url);
    const i2i = await sdk.generate.sd3(prompt, {
      model: 'sd3-turbo',
      mode: 'image-to-image',
      image: init,
      strength: 0.6,
      outputFormat: 'jpeg',
    });
    expect(await decoded(i2i)).toEqual([1024, 1024, 'jpeg']);
    // sd3-turbo is billed as sd3.5-large-turbo.
    expect(before - (await balanceOf(engine.url))).toBe(4);
  });

  it('inpaints with a mask, outpaints and erases: each answers its decoded picture at the expected size', async () => {
    const init = tempFile('edit.png', fixture('init_image.png'));
    const mask = tempFile('mask.png', fixture('mask_image_white.png'));
    expect(await decoded(await sdk.edit.inpaint(init, 'a bright sun', { mask, seed: 4 }))).toEqual([
      512,
      512,
      'png',
    ]);
    const out = await sdk.edit.outpaint(init, {
      left: 100,
      down: 60,
      prompt: 'more forest',
      outputFormat: 'webp',
    });
    expect(await decoded(out)).toEqual([612, 572, 'webp']);
    expect(await decoded(await sdk.edit.erase(init, { mask }))).toEqual([512, 512, 'png']);
  });

  it('upscales conservatively to ~4 MP; fast upscale (no SDK call) with a plain request', async () => {
    const small = tempFile('small.png', await solidImage(256, 128, { r: 200, g: 120, b: 40, alpha: 1 }));
    const up = await sdk.upscale.conservative(small, 'a warm wall', { creativity: 0.3, seed: 8 });
    expect(await decoded(up)).toEqual([2896, 1448, 'png']);
    const data = new Uint8Array(256 * 128 * 4).fill(90);
    const fast = await imageOf(
      await postV2(engine.url, 'upscale/fast', [['image', await rawPng(256, 128, data)]]),
    );
    expect([fast.raw.width, fast.raw.height]).toEqual([1024, 512]);
  });

  it('surfaces the engine’s refusal as the SDK’s typed error carrying the v2beta errors list', async () => {
    await expect(sdk.generate.core('', { aspectRatio: '4:3' })).rejects.toMatchObject({
      name: 'StabilityAIInvalidRequestError',
      // Enum problems come before ranges (an empty prompt is a length out of range): §10.4's order.
      message: expect.stringMatching(
        /"errors":\["aspect_ratio: invalid enum value\.[^"]*received '4:3'","prompt: cannot be empty"\]/,
      ) as unknown,
    });
    await expect(sdk.generate.core('gore', {})).rejects.toMatchObject({
      name: 'StabilityAIContentModerationError',
    });
  });
});
