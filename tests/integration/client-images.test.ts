import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type RunningEngine } from '../../server/listen.ts';
import {
  ApiError,
  createClient,
  v1alphaBackend,
  type GenerationRequest,
  type GenerationParams,
  type MaskSource,
} from '../../src/lib/api/index.ts';
import { bytesOf, localConnection, pixelsOf, rejection } from './client-support.ts';

const FIXTURES = new URL('../fixtures/stability-examples', import.meta.url).pathname;
const INIT = readFileSync(`${FIXTURES}/init_image.png`);
const MASK_WHITE = readFileSync(`${FIXTURES}/mask_image_white.png`);
const MASK_BLACK = readFileSync(`${FIXTURES}/mask_image_black.png`);

let running: RunningEngine;
beforeAll(async () => {
  running = await startEngine({ port: 0 });
});
afterAll(async () => {
  await running.close();
});

/** Copies into a plain ArrayBuffer-backed array (Node Buffers may sit on a shared pool). */
const blobOf = (bytes: Uint8Array): Blob => new Blob([new Uint8Array(bytes)]);

const params = (extra: Partial<GenerationParams> = {}): GenerationParams => ({
  prompts: [{ text: 'a green meadow under a yellow sun', weight: 1 }],
  seed: 99,
  steps: 10,
  ...extra,
});

function imageRequest(extra: Partial<GenerationParams>, init: Uint8Array = INIT): GenerationRequest {
  return {
    backend: 'v1alpha',
    mode: 'image-to-image',
    engineId: 'stable-diffusion-v1-5',
    params: params(extra),
    // No type and no meaningful filename, as Stability's examples sent: the engine sniffs the bytes.
    initImage: blobOf(init),
  };
}

function maskRequest(maskSource: MaskSource, mask?: Uint8Array, init: Uint8Array = INIT): GenerationRequest {
  return {
    backend: 'v1alpha',
    mode: 'masking',
    engineId: 'stable-inpainting-512-v2-0',
    params: params({ maskSource }),
    initImage: blobOf(init),
    ...(mask ? { maskImage: blobOf(mask) } : {}),
  };
}

/** Counts pixels whose RGB equals the init image's, inside and outside a region of the white mask. */
async function compareToInit(png: Blob, inRepaint: (maskGrey: number) => boolean) {
  const [out, init, mask] = await Promise.all([pixelsOf(png), pixelsOf(INIT), pixelsOf(MASK_WHITE)]);
  expect([out.width, out.height]).toEqual([init.width, init.height]);
  let keptDiffer = 0;
  let repaintSame = 0;
  let repaintTotal = 0;
  for (let i = 0; i < out.data.length; i += 4) {
    const same =
      out.data[i] === init.data[i] &&
      out.data[i + 1] === init.data[i + 1] &&
      out.data[i + 2] === init.data[i + 2];
    if (inRepaint(mask.data[i]!)) {
      repaintTotal++;
      if (same) repaintSame++;
    } else if (mask.data[i] === 0 && !same) keptDiffer++;
  }
  return { keptDiffer, repaintSame, repaintTotal };
}

describe('client → engine, image-to-image (multipart)', () => {
  it('returns the init pixels exactly with image strength 1 (step_schedule_start 0)', async () => {
    const [img] = await createClient(localConnection(running.url), v1alphaBackend).generate(
      imageRequest({ imageStrength: 1 }),
    );
    const [out, init] = await Promise.all([pixelsOf(img!.png), pixelsOf(INIT)]);
    expect(out.data.equals(init.data)).toBe(true);
  });

  it('changes the picture with image strength 0.2 (step_schedule_start 0.8), deterministically, in both accept modes', async () => {
    const client = createClient(localConnection(running.url), v1alphaBackend);
    const [a] = await client.generate(imageRequest({ imageStrength: 0.2 }));
    const [b] = await client.generate({ ...imageRequest({ imageStrength: 0.2 }), accept: 'image/png' });
    expect(a?.seed).toBe(99);
    expect(b?.seed).toBe(99);
    const [ba, bb] = await Promise.all([bytesOf(a!.png), bytesOf(b!.png)]);
    expect(ba.equals(bb)).toBe(true);
    const [out, init] = await Promise.all([pixelsOf(ba), pixelsOf(INIT)]);
    expect(out.data.equals(init.data)).toBe(false);
  });

  it('rejects bytes that are not an image as invalid_mime_type', async () => {
    const e = await rejection(
      createClient(localConnection(running.url), v1alphaBackend).generate(
        imageRequest({}, new TextEncoder().encode('not an image')),
      ),
    );
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ status: 400, code: 'invalid_mime_type' });
  });

  it('rejects a width that differs from the init image as invalid_height_or_width', async () => {
    const e = await rejection(
      createClient(localConnection(running.url), v1alphaBackend).generate(
        imageRequest({ width: 640, height: 512 }),
      ),
    );
    expect(e).toMatchObject({ status: 400, code: 'invalid_height_or_width' });
  });
});

describe('client → engine, masking (multipart)', () => {
  it('keeps unmasked pixels exactly and repaints the white area with MASK_IMAGE_WHITE', async () => {
    const [img] = await createClient(localConnection(running.url), v1alphaBackend).generate(
      maskRequest('MASK_IMAGE_WHITE', MASK_WHITE),
    );
    const r = await compareToInit(img!.png, (grey) => grey === 255);
    expect(r.keptDiffer).toBe(0);
    expect(r.repaintSame).toBeLessThan(r.repaintTotal / 2);
  });

  it('keeps the same pixels with the inverted mask under MASK_IMAGE_BLACK', async () => {
    const [img] = await createClient(localConnection(running.url), v1alphaBackend).generate(
      maskRequest('MASK_IMAGE_BLACK', MASK_BLACK),
    );
    const r = await compareToInit(img!.png, (grey) => grey === 255);
    expect(r.keptDiffer).toBe(0);
    expect(r.repaintSame).toBeLessThan(r.repaintTotal / 2);
  });

  it('repaints transparent pixels with INIT_IMAGE_ALPHA and no mask part', async () => {
    // The init image with alpha 0 where the white mask is white (to repaint), 255 elsewhere.
    const { data: alpha } = await sharp(MASK_WHITE)
      .greyscale()
      .negate()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const rgb = await sharp(INIT).removeAlpha().raw().toBuffer();
    const withAlpha = await sharp(rgb, { raw: { width: 512, height: 512, channels: 3 } })
      .joinChannel(alpha, { raw: { width: 512, height: 512, channels: 1 } })
      .png()
      .toBuffer();
    const [img] = await createClient(localConnection(running.url), v1alphaBackend).generate(
      maskRequest('INIT_IMAGE_ALPHA', undefined, withAlpha),
    );
    const r = await compareToInit(img!.png, (grey) => grey === 255);
    expect(r.keptDiffer).toBe(0);
    expect(r.repaintSame).toBeLessThan(r.repaintTotal / 2);
  });

  it('rejects MASK_IMAGE_WHITE without a mask as invalid_mask_image', async () => {
    const e = await rejection(
      createClient(localConnection(running.url), v1alphaBackend).generate(maskRequest('MASK_IMAGE_WHITE')),
    );
    expect(e).toMatchObject({ status: 400, code: 'invalid_mask_image' });
  });

  it('rejects a mask of another size as invalid_image_dimensions', async () => {
    const small = await sharp(MASK_WHITE).resize(512, 640, { fit: 'fill' }).png().toBuffer();
    const e = await rejection(
      createClient(localConnection(running.url), v1alphaBackend).generate(
        maskRequest('MASK_IMAGE_WHITE', small),
      ),
    );
    expect(e).toMatchObject({ status: 400, code: 'invalid_image_dimensions' });
  });
});
