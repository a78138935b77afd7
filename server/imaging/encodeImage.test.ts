import { describe, expect, it } from 'vitest';
import { decodeImage, encodeImage } from './codec.ts';
import { refineUpscale } from './refineUpscale.ts';
import { sniffImageType } from './sniff.ts';
import { paint, pixel } from './testSupport.ts';

const picture = paint(48, 32, (x, y) => [x * 5, y * 7, 120, x < 4 ? 0 : 255]);

describe('encodeImage (v2beta output_format)', () => {
  it('writes each format, the same bytes for the same pixels, decodable to nearly the same pixels', async () => {
    for (const format of ['png', 'jpeg', 'webp'] as const) {
      const bytes = await encodeImage(picture, format);
      expect(sniffImageType(bytes)).toBe(format);
      expect((await encodeImage(picture, format)).equals(bytes)).toBe(true);
      const back = await decodeImage(bytes);
      expect([back.width, back.height]).toEqual([48, 32]);
      const [r, g, b] = pixel(back, 30, 20);
      expect(Math.abs(r! - 150) + Math.abs(g! - 140) + Math.abs(b! - 120)).toBeLessThan(
        format === 'png' ? 1 : 24,
      );
    }
  });
  it('keeps alpha in PNG and WebP and lays JPEG over white', async () => {
    expect(pixel(await decodeImage(await encodeImage(picture, 'png')), 1, 1)).toEqual([5, 7, 120, 0]);
    expect(pixel(await decodeImage(await encodeImage(picture, 'webp')), 1, 1)[3]).toBe(0);
    const jpeg = pixel(await decodeImage(await encodeImage(picture, 'jpeg')), 1, 1);
    expect(jpeg[3]).toBe(255);
    expect(Math.min(jpeg[0]!, jpeg[1]!, jpeg[2]!)).toBeGreaterThan(200);
  });
});

describe('refineUpscale (conservative upscale detail)', () => {
  const smooth = paint(64, 64, (x, y) => (x < 32 ? [60, 90, 120, 255] : [200, 180, 90, y < 2 ? 10 : 255]));
  const changed = (a: Uint8Array, b: Uint8Array): number =>
    a.reduce((n, v, i) => n + (v !== b[i] ? 1 : 0), 0);

  it('adds crispness and grain in proportion to creativity, seeded, alpha kept', () => {
    const low = refineUpscale(smooth, 7, 0.2);
    const high = refineUpscale(smooth, 7, 0.5);
    expect(Array.from(refineUpscale(smooth, 7, 0.2).data)).toEqual(Array.from(low.data));
    expect(changed(refineUpscale(smooth, 8, 0.2).data, low.data)).toBeGreaterThan(1000);
    // The edge overshoots more at higher creativity (unsharp mask), away from the grain's few levels.
    const overshoot = (img: typeof low): number => pixel(img, 31, 40)[0]! - 60;
    expect(overshoot(high)).toBeLessThan(overshoot(low));
    expect(overshoot(low)).toBeLessThan(-5);
    expect(pixel(high, 40, 0)[3]).toBe(10);
    expect(pixel(high, 40, 40)[3]).toBe(255);
  });
});
