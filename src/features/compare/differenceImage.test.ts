import { describe, expect, it } from 'vitest';
import { differenceImage, type PixelImage } from './differenceImage';
import { compositeOverOriginal } from './compositeOverOriginal';

const img = (width: number, height: number, px: number[]): PixelImage => ({
  width,
  height,
  data: new Uint8ClampedArray(px),
});

describe('differenceImage', () => {
  it('is the absolute per-channel difference ×4, clamped, opaque', () => {
    const a = img(2, 1, [10, 200, 0, 255, 100, 100, 100, 0]);
    const b = img(2, 1, [13, 190, 100, 128, 100, 100, 100, 255]);
    expect([...differenceImage(a, b).data]).toEqual([12, 40, 255, 255, 0, 0, 0, 255]);
  });

  it('identical pictures give black; the gain is adjustable', () => {
    const a = img(1, 1, [1, 2, 3, 255]);
    expect([...differenceImage(a, a).data]).toEqual([0, 0, 0, 255]);
    expect([...differenceImage(a, img(1, 1, [2, 2, 3, 255]), 1).data]).toEqual([1, 0, 0, 255]);
  });

  it('refuses different sizes', () => {
    expect(() => differenceImage(img(1, 1, [0, 0, 0, 0]), img(1, 2, new Array(8).fill(0)))).toThrow(
      RangeError,
    );
  });
});

describe('compositeOverOriginal', () => {
  const result = img(3, 1, [200, 200, 200, 255, 200, 200, 200, 255, 200, 200, 200, 255]);
  const original = img(3, 1, [0, 0, 0, 255, 100, 100, 100, 255, 50, 60, 70, 255]);

  it('white mask: white takes the result, black keeps the original, grey blends', () => {
    const mask = img(3, 1, [255, 255, 255, 255, 0, 0, 0, 255, 51, 51, 51, 255]);
    const out = compositeOverOriginal(result, original, mask, 'MASK_IMAGE_WHITE');
    expect([...out.data]).toEqual([200, 200, 200, 255, 100, 100, 100, 255, 80, 88, 96, 255]);
  });

  it('black mask is the inverse', () => {
    const mask = img(3, 1, [255, 255, 255, 255, 0, 0, 0, 255, 255, 255, 255, 255]);
    const out = compositeOverOriginal(result, original, mask, 'MASK_IMAGE_BLACK');
    expect([...out.data]).toEqual([0, 0, 0, 255, 200, 200, 200, 255, 50, 60, 70, 255]);
  });

  it('alpha: transparent pixels of the init image are repainted', () => {
    const withAlpha = img(3, 1, [0, 0, 0, 0, 100, 100, 100, 255, 50, 60, 70, 255]);
    const out = compositeOverOriginal(result, withAlpha, withAlpha, 'INIT_IMAGE_ALPHA');
    expect([...out.data]).toEqual([200, 200, 200, 255, 100, 100, 100, 255, 50, 60, 70, 255]);
  });
});
