import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeImage, encodePng, ImageDecodeError } from './codec.ts';
import { sniffImageType } from './sniff.ts';
import { paint, pixel } from './testSupport.ts';

const FIXTURES = new URL('../../tests/fixtures/stability-examples/', import.meta.url).pathname;
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(FIXTURES + name));

/** A 16×8 picture with every channel varying, including alpha. */
const gradient = paint(16, 8, (x, y) => [x * 16, y * 32, (x * y) % 256, 255 - x * 8 - y]);

async function decodeError(bytes: Uint8Array): Promise<ImageDecodeError> {
  const err: unknown = await decodeImage(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof ImageDecodeError)) throw new Error(`expected ImageDecodeError, got ${String(err)}`);
  return err;
}

describe('decodeImage', () => {
  it('decodes the Stability example fixtures to 512×512 RGBA', async () => {
    for (const name of [
      'init_image.png',
      'mask_image_white.png',
      'mask_image_black.png',
      'mask_image_alpha.png',
    ]) {
      const img = await decodeImage(fixture(name));
      expect([img.width, img.height, img.data.length]).toEqual([512, 512, 512 * 512 * 4]);
    }
  });

  it('gives an RGB image (the white mask PNG has no alpha channel) alpha 255 everywhere', async () => {
    const img = await decodeImage(fixture('mask_image_white.png'));
    let minAlpha = 255;
    let greys = 0;
    for (let i = 0; i < img.data.length; i += 4) {
      minAlpha = Math.min(minAlpha, img.data[i + 3]!);
      if (img.data[i] === img.data[i + 1] && img.data[i + 1] === img.data[i + 2]) greys++;
    }
    expect(minAlpha).toBe(255);
    expect(greys).toBe(512 * 512);
    // The mask is white around a black silhouette: top-left corner white, the middle black.
    expect(pixel(img, 0, 0)).toEqual([255, 255, 255, 255]);
    expect(pixel(img, 256, 256)).toEqual([0, 0, 0, 255]);
  });

  it('keeps the init fixture’s own alpha (it is not fully opaque)', async () => {
    const img = await decodeImage(fixture('init_image.png'));
    expect(pixel(img, 0, 0)).toEqual([90, 114, 133, 243]);
  });

  it('decodes JPEG (lossy: close) and lossless WebP (exact) made with sharp', async () => {
    const rgb = Buffer.alloc(32 * 32 * 3);
    for (let i = 0; i < rgb.length; i += 3) rgb.set([200, 80, 40], i);
    const input = { raw: { width: 32, height: 32, channels: 3 as const } };
    const jpeg = await decodeImage(await sharp(rgb, input).jpeg({ quality: 95 }).toBuffer());
    expect([jpeg.width, jpeg.height]).toEqual([32, 32]);
    const [r, g, b, a] = pixel(jpeg, 10, 10);
    expect(Math.abs(r! - 200)).toBeLessThanOrEqual(4);
    expect(Math.abs(g! - 80)).toBeLessThanOrEqual(4);
    expect(Math.abs(b! - 40)).toBeLessThanOrEqual(4);
    expect(a).toBe(255);

    const webpBytes = await sharp(gradient.data, { raw: { width: 16, height: 8, channels: 4 } })
      .webp({ lossless: true })
      .toBuffer();
    const webp = await decodeImage(webpBytes);
    expect(Buffer.from(webp.data).equals(Buffer.from(gradient.data))).toBe(true);
  });

  it('normalises greyscale and 16-bit PNGs to 8-bit RGBA', async () => {
    const grey = await sharp(Buffer.from([0, 100, 200, 255]), { raw: { width: 2, height: 2, channels: 1 } })
      .png()
      .toBuffer();
    expect(Array.from((await decodeImage(grey)).data)).toEqual([
      0, 0, 0, 255, 100, 100, 100, 255, 200, 200, 200, 255, 255, 255, 255, 255,
    ]);
    const deep = await sharp(Buffer.from([200, 100, 50]), { raw: { width: 1, height: 1, channels: 3 } })
      .toColourspace('rgb16')
      .png()
      .toBuffer();
    expect(Array.from((await decodeImage(deep)).data)).toEqual([200, 100, 50, 255]);
  });

  it('throws ImageDecodeError for damaged bytes: truncated or a PNG signature over junk', async () => {
    const png = await encodePng(gradient);
    expect((await decodeError(png.subarray(0, png.length - 30))).reason).toBe('corrupt');
    const junk = new Uint8Array(200).fill(7);
    junk.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect((await decodeError(junk)).reason).toBe('corrupt');
    const jpegHead = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3]);
    expect((await decodeError(jpegHead)).reason).toBe('corrupt');
  });

  it('throws ImageDecodeError for anything that is not PNG, JPEG or WebP, without handing it to sharp', async () => {
    const gif = await sharp(Buffer.from([1, 2, 3]), { raw: { width: 1, height: 1, channels: 3 } })
      .gif()
      .toBuffer();
    expect((await decodeError(gif)).reason).toBe('unsupported_type');
    expect((await decodeError(new TextEncoder().encode('<svg/>'))).reason).toBe('unsupported_type');
    const empty = await decodeError(new Uint8Array(0));
    expect(empty.reason).toBe('unsupported_type');
    expect(empty.name).toBe('ImageDecodeError');
  });

  it('refuses a picture that would expand beyond the pixel limit', async () => {
    const huge = await sharp({ create: { width: 4100, height: 4100, channels: 3, background: '#000' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect((await decodeError(huge)).reason).toBe('too_large');
  });
});

describe('encodePng', () => {
  it('round-trips pixels exactly, alpha included', async () => {
    const png = await encodePng(gradient);
    expect(sniffImageType(png)).toBe('png');
    const back = await decodeImage(png);
    expect([back.width, back.height]).toEqual([16, 8]);
    expect(Buffer.from(back.data).equals(Buffer.from(gradient.data))).toBe(true);
  });

  it('gives identical bytes for identical pixels', async () => {
    const a = await encodePng(gradient);
    const b = await encodePng({ ...gradient, data: gradient.data.slice() });
    expect(a.equals(b)).toBe(true);
  });

  it('refuses a raster whose byte length does not match its size', async () => {
    await expect(encodePng({ width: 4, height: 4, data: new Uint8Array(10) })).rejects.toThrow(RangeError);
  });
});
