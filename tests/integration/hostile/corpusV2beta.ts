/** Hostile requests in the v2beta dialect: its 10 MiB body, all-problems 400s, header-sized images, auth order. */
import { expect } from 'vitest';
import type { RawPart } from '../engineTestKit.ts';
import type { RawAnswer } from './rawHttp.ts';
import { offsetOf, request, upload, type Expected, type HostileCase } from './corpusKit.ts';

const FAST = '/v2beta/stable-image/upscale/fast';
const SD3 = '/v2beta/stable-image/generate/sd3';
const INPAINT = '/v2beta/stable-image/edit/inpaint';

/** A v2beta refusal whose first error starts with `first`. */
const v2 = (status: number, name: string, first: string, check?: Expected['check']): Expected => ({
  status,
  name,
  message: first,
  check,
  v2beta: true,
});

const image = (data: Buffer, name = 'image'): RawPart => ({
  name,
  data,
  filename: `${name}.png`,
  contentType: 'image/png',
});

/** sd3 image-to-image with `init` (its side minimum is the only size rule: the decoder cap must hold). */
const sd3I2i = (init: Buffer): RawPart[] => [
  { name: 'prompt', data: 'a fox in a forest' },
  { name: 'mode', data: 'image-to-image' },
  { name: 'strength', data: '0.5' },
  image(init),
];

const errorsOf = (answer: RawAnswer): string[] => (JSON.parse(answer.body) as { errors: string[] }).errors;

export const V2BETA_CASES: HostileCase[] = [
  {
    name: 'v2beta POST with no body at all',
    request: (ctx) => request(ctx, { method: 'POST', path: SD3 }),
    expect: v2(400, 'bad_request', 'content-type: required'),
  },
  {
    name: 'v2beta body one byte over 10 MiB (drained, then 413)',
    request: (ctx) => upload(ctx, [image(Buffer.alloc(10 * 1024 * 1024 + 1, 1))], { path: FAST }),
    expect: v2(413, 'payload_too_large', 'body: payloads cannot be larger than 10MiB in size'),
  },
  {
    name: 'v2beta upload cut inside the image part',
    request: (ctx) =>
      upload(ctx, [image(ctx.images.init)], {
        path: FAST,
        shape: (b) => b.subarray(0, offsetOf(b, 'name="image"') + 3000),
      }),
    expect: v2(400, 'bad_request', 'body: the upload ended early'),
  },
  {
    name: 'v2beta upload with 65 parts (64 are read)',
    request: (ctx) =>
      upload(
        ctx,
        [...Array.from({ length: 64 }, (_, i) => ({ name: `junk${i}`, data: 'x' })), image(ctx.images.init)],
        {
          path: FAST,
        },
      ),
    expect: v2(400, 'bad_request', 'body: too many multipart parts: at most 64 are read'),
  },
  {
    name: 'v2beta enum field of 12 kB with control characters (echo cut, all problems listed)',
    request: (ctx) =>
      upload(
        ctx,
        [
          { name: 'aspect_ratio', data: `\u0000\n${'7'.repeat(12_000)}` },
          { name: 'seed', data: '-1' },
        ],
        { path: SD3 },
      ),
    expect: v2(400, 'bad_request', 'prompt: required', (answer) => {
      const errors = errorsOf(answer);
      expect(errors).toHaveLength(3);
      expect(errors[1]).toMatch(/received '\\u0000\\n7{98}…'$/);
      expect(answer.body.length).toBeLessThan(1000);
    }),
  },
  {
    name: 'v2beta image declaring 30016×30016 over a zlib bomb (refused from its header, never inflated)',
    request: (ctx) => upload(ctx, sd3I2i(ctx.images.hugeIhdr), { path: SD3 }),
    expect: v2(400, 'bad_request', 'image: 30016×30016 is more than this engine decodes (16,777,216 pixels)'),
  },
  {
    name: 'v2beta fast upscale of a JPEG patched to 65472×65472',
    request: (ctx) => upload(ctx, [image(ctx.images.hugeJpeg)], { path: FAST }),
    expect: v2(400, 'bad_request', 'image: width and height must each be between 32 and 1536 pixels'),
  },
  {
    name: 'v2beta inpaint mask with a valid header and its pixel data cut short',
    request: (ctx) =>
      upload(
        ctx,
        [image(ctx.images.init), { name: 'prompt', data: 'a fox' }, image(ctx.images.cutIdat, 'mask')],
        { path: INPAINT },
      ),
    expect: v2(400, 'bad_request', 'mask: could not be decoded (corrupt or truncated image)'),
  },
  {
    name: 'v2beta image that is a GIF, sent twice',
    request: (ctx) => upload(ctx, [image(ctx.images.gif), image(ctx.images.gif)], { path: FAST }),
    expect: v2(400, 'bad_request', 'image: sent more than once', (answer) => {
      expect(errorsOf(answer)).toEqual([
        'image: sent more than once; send each field once',
        'image: must be a PNG, JPEG or WebP image',
      ]);
    }),
  },
  {
    name: 'v2beta valid fields with a second Authorization header (fields first, then 401)',
    request: (ctx) =>
      upload(ctx, [image(ctx.images.init)], { path: FAST, headers: [['Authorization', 'Bearer not-a-key']] }),
    expect: v2(401, 'unauthorized', 'authorization: send exactly one Authorization header'),
  },
  {
    name: 'v2beta path with dot segments and a NUL escape',
    request: (ctx) => request(ctx, { method: 'POST', path: '/v2beta/stable-image/../../v1/user/%00balance' }),
    expect: v2(404, 'not_found', 'path: No route "POST"'),
  },
  {
    name: 'v2beta fast upscale whose image IDAT inflates to 256 MiB (only what the pixels need is read)',
    request: (ctx) => upload(ctx, [image(ctx.images.idatBomb)], { path: FAST }),
    expect: { status: 200, cost: 2 },
  },
];
