import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeImage } from './codec.ts';
import { maskStrength } from './maskStrength.ts';
import { paint, solid } from './testSupport.ts';

const init = paint(4, 1, (x) => [10, 20, 30, [0, 128, 200, 255][x]!]);
const mask = paint(4, 1, (x) => {
  const grey = [0, 128, 255, 0][x]!;
  return x === 3 ? [255, 0, 0, 255] : [grey, grey, grey, 255];
});

describe('maskStrength', () => {
  it('MASK_IMAGE_WHITE: strength is the grey level / 255 (white repaints), colour by Rec. 601 luma', () => {
    const s = maskStrength('MASK_IMAGE_WHITE', init, mask);
    expect(s[0]).toBe(0);
    expect(s[1]).toBeCloseTo(128 / 255, 6);
    expect(s[1]).toBeCloseTo(0.502, 3);
    expect(s[2]).toBe(1);
    expect(s[3]).toBeCloseTo(0.299, 6);
  });

  it('MASK_IMAGE_BLACK: strength is 1 − grey / 255 (black repaints)', () => {
    const s = maskStrength('MASK_IMAGE_BLACK', init, mask);
    expect(s[0]).toBe(1);
    expect(s[1]).toBeCloseTo(1 - 128 / 255, 6);
    expect(s[2]).toBe(0);
    expect(s[3]).toBeCloseTo(0.701, 6);
  });

  it('INIT_IMAGE_ALPHA: strength is 1 − alpha / 255 (transparent repaints) and the mask is ignored', () => {
    const s = maskStrength('INIT_IMAGE_ALPHA', init, null);
    expect(s[0]).toBe(1);
    expect(s[1]).toBeCloseTo(1 - 128 / 255, 6);
    expect(s[2]).toBeCloseTo(55 / 255, 6);
    expect(s[3]).toBe(0);
    expect(Array.from(maskStrength('INIT_IMAGE_ALPHA', init, solid(9, 9, [1, 2, 3, 4])))).toEqual(
      Array.from(s),
    );
  });

  it('ignores the mask’s own alpha', () => {
    const seeThrough = paint(4, 1, (x) => [255, 255, 255, x * 80]);
    expect(Array.from(maskStrength('MASK_IMAGE_WHITE', init, seeThrough))).toEqual([1, 1, 1, 1]);
  });

  it('refuses a missing mask for white/black sources and a mask of another size', () => {
    expect(() => maskStrength('MASK_IMAGE_WHITE', init, null)).toThrow(TypeError);
    expect(() => maskStrength('MASK_IMAGE_BLACK', init, solid(4, 2, [0, 0, 0, 255]))).toThrow(RangeError);
  });

  it('reads the example fixtures: the black-source mask is the exact inverse of the white-source one', async () => {
    const dir = new URL('../../tests/fixtures/stability-examples/', import.meta.url).pathname;
    const load = (name: string) => decodeImage(new Uint8Array(readFileSync(dir + name)));
    const initImg = await load('init_image.png');
    const white = maskStrength('MASK_IMAGE_WHITE', initImg, await load('mask_image_white.png'));
    const black = maskStrength('MASK_IMAGE_BLACK', initImg, await load('mask_image_black.png'));
    expect(white.length).toBe(512 * 512);
    expect(Array.from(black)).toEqual(Array.from(white));
    // White background repaints, the dog (centre) is kept.
    expect(white[0]).toBe(1);
    expect(white[256 * 512 + 256]).toBe(0);
  });
});
