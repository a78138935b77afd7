/** Hostile requests in the v1 dialect: its many-part uploads, flattened fields, upscale and Accept reading. */
import { expect } from 'vitest';
import type { RawPart } from '../engineTestKit.ts';
import type { RawAnswer } from './rawHttp.ts';
import {
  ENDED_EARLY,
  offsetOf,
  request,
  upload,
  type CorpusContext,
  type Expected,
  type HostileCase,
} from './corpusKit.ts';

const V1_T2I = '/v1/generation/stable-diffusion-v1-6/text-to-image';
const V1_I2I = '/v1/generation/stable-diffusion-v1-6/image-to-image';
const V1_UPSCALE = '/v1/generation/esrgan-v1-x2plus/image-to-image/upscale';

const v1Bad = (message: string, check?: Expected['check']): Expected => ({
  status: 400,
  name: 'bad_request',
  message,
  check,
  v1: true,
});

/** A flattened image-to-image upload keeping the init image (image_strength 1: cheap to serve). */
const i2iParts = (ctx: CorpusContext, extra: RawPart[] = []): RawPart[] => [
  { name: 'text_prompts[0][text]', data: 'a fox in a forest' },
  { name: 'image_strength', data: '1' },
  ...extra,
  { name: 'init_image', data: ctx.images.init, filename: 'init.png', contentType: 'image/png' },
];

/** A v1 upload (the corpus's key goes bare, which v1 accepts too). */
const v1Upload = (ctx: CorpusContext, parts: RawPart[], path = V1_I2I, shape?: (b: Buffer) => Buffer) =>
  upload(ctx, parts, { path, shape });

const shortMessage = (answer: RawAnswer): void => {
  expect(String((JSON.parse(answer.body) as { message: unknown }).message).length).toBeLessThan(120);
};

export const V1_CASES: HostileCase[] = [
  {
    name: 'v1 upload cut inside init_image (flattened fields first)',
    request: (ctx) =>
      v1Upload(ctx, i2iParts(ctx), V1_I2I, (b) => b.subarray(0, offsetOf(b, 'name="init_image"') + 4000)),
    expect: { ...ENDED_EARLY, v1: true },
  },
  {
    name: 'v1 upload with 65 parts (v1 allows 64: prompts take two each)',
    request: (ctx) =>
      v1Upload(
        ctx,
        i2iParts(
          ctx,
          Array.from({ length: 62 }, (_, i) => ({ name: `text_prompts[${i + 1}][text]`, data: 'x' })),
        ),
      ),
    expect: v1Bad('too many multipart parts: at most 64 are read'),
  },
  {
    name: 'v1 upload with init_image twice',
    request: (ctx) =>
      v1Upload(ctx, [...i2iParts(ctx), { name: 'init_image', data: ctx.images.init, filename: 'b.png' }]),
    expect: v1Bad('"init_image" was sent more than once'),
  },
  {
    name: 'v1 field whose bytes are not UTF-8',
    request: (ctx) =>
      v1Upload(ctx, i2iParts(ctx, [{ name: 'cfg_scale', data: Buffer.from([0x37, 0xff, 0xfe]) }])),
    expect: v1Bad('"cfg_scale" is not valid UTF-8'),
  },
  {
    name: 'v1 prompt with a 5,000-digit index and a weight that is no number (index not echoed whole)',
    request: (ctx) =>
      v1Upload(ctx, i2iParts(ctx, [{ name: `text_prompts[${'7'.repeat(5000)}][weight]`, data: 'heavy' }])),
    expect: v1Bad('text_prompts[777777777777…][weight] must be a number', shortMessage),
  },
  {
    name: 'v1 seed 1e400 (Infinity) as a flattened field',
    request: (ctx) => v1Upload(ctx, i2iParts(ctx, [{ name: 'seed', data: '1e400' }])),
    expect: v1Bad('seed must be an integer from 0 to 4294967295'),
  },
  {
    name: 'v1 upscale of an image declaring 30016×30016 (nothing is inflated)',
    request: (ctx) =>
      v1Upload(ctx, [{ name: 'image', data: ctx.images.hugeIhdr, filename: 'x.png' }], V1_UPSCALE),
    expect: v1Bad('invalid_pixel_count: the image is 30016×30016'),
  },
  {
    name: 'v1 upscale of a 1024×1024 image whose IDAT inflates to 256 MiB (only the pixels are read)',
    request: (ctx) =>
      v1Upload(ctx, [{ name: 'image', data: ctx.images.idatBomb, filename: 'x.png' }], V1_UPSCALE),
    expect: { status: 200, cost: 0.2 },
  },
  {
    name: 'v1 text-to-image with extras nested 400,000 levels deep (accepted and ignored)',
    request: (ctx) =>
      request(ctx, {
        method: 'POST',
        path: V1_T2I,
        headers: [['Content-Type', 'application/json']],
        body: `{"text_prompts":[{"text":"a fox"}],"extras":{"deep":${'['.repeat(400_000)}${']'.repeat(400_000)}}}`,
      }),
    expect: { status: 200 },
  },
  {
    name: 'v1 Accept that refuses both JSON and PNG with q=0',
    request: (ctx) =>
      request(ctx, {
        method: 'POST',
        path: V1_T2I,
        headers: [
          ['Content-Type', 'application/json'],
          ['Accept', 'application/json;q=0, image/png;q=0, */*;q=0'],
        ],
        body: '{"text_prompts":[{"text":"a fox"}]}',
      }),
    expect: v1Bad('Accept must allow application/json or image/png'),
  },
  {
    name: 'v1 Bearer key of 12 KB',
    request: (ctx) =>
      request(ctx, {
        method: 'GET',
        path: '/v1/user/balance',
        auth: false,
        headers: [['Authorization', `Bearer ${'k'.repeat(12_000)}`]],
      }),
    expect: { status: 401, name: 'unauthorized', message: 'Missing or invalid API key', v1: true },
  },
];
