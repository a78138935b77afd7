import { describe, expect, it } from 'vitest';
import { outpaintMask, outpaintPrefill } from './outpaintPrefill';
import { firstDifference, randomBytes } from './testSupport';
import type { RgbaImage } from './types';

function noise(width: number, height: number, seed: number): RgbaImage {
  return { width, height, data: randomBytes(width * height * 4, seed) };
}

const px = (img: RgbaImage, x: number, y: number) => [
  ...img.data.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 4),
];

describe('outpaintPrefill', () => {
  it('512×512 extended 256 to the right: 768×512, the original untouched at the left, the new area masked', () => {
    const picture = noise(512, 512, 1);
    const { image, mask, placed } = outpaintPrefill(picture, { left: 0, right: 256, top: 0, bottom: 0 });
    expect([image.width, image.height, mask.width, mask.height]).toEqual([768, 512, 768, 512]);
    expect(placed).toEqual({ x: 0, y: 0, width: 512, height: 512 });
    for (let y = 0; y < 512; y++) {
      const kept = image.data.subarray(y * 768 * 4, (y * 768 + 512) * 4);
      expect(firstDifference(kept, picture.data.subarray(y * 512 * 4, (y + 1) * 512 * 4))).toBe(-1);
      expect(mask.data.subarray(y * 768, y * 768 + 512).every((v) => v === 0)).toBe(true);
      expect(mask.data.subarray(y * 768 + 512, (y + 1) * 768).every((v) => v === 255)).toBe(true);
    }
  });

  it('a flat picture continues as the same flat colour on every side and corner', () => {
    const picture: RgbaImage = { width: 5, height: 3, data: new Uint8ClampedArray(60) };
    for (let i = 0; i < 60; i += 4) picture.data.set([12, 130, 250, 255], i);
    const { image } = outpaintPrefill(picture, { left: 9, right: 4, top: 7, bottom: 2 });
    for (let i = 0; i < image.data.length; i += 4)
      expect([...image.data.subarray(i, i + 4)]).toEqual([12, 130, 250, 255]);
  });

  it('continues the edges: beside the picture the edge colour, far away a blur of the edge', () => {
    // Left half black, right half white: the top margin keeps that split near the edge and greys it far up.
    const picture: RgbaImage = { width: 40, height: 10, data: new Uint8ClampedArray(40 * 10 * 4) };
    for (let y = 0; y < 10; y++)
      for (let x = 0; x < 40; x++)
        picture.data.set(x < 20 ? [0, 0, 0, 255] : [255, 255, 255, 255], (y * 40 + x) * 4);
    const { image } = outpaintPrefill(picture, { left: 0, right: 0, top: 30, bottom: 0 });
    expect(px(image, 2, 29)).toEqual([0, 0, 0, 255]);
    expect(px(image, 37, 29)).toEqual([255, 255, 255, 255]);
    // 30 px up, the column at the split sees both halves.
    const far = px(image, 20, 0)[0]!;
    expect(far).toBeGreaterThan(100);
    expect(far).toBeLessThan(155);
    // The ramp across the split gets wider with distance.
    const transition = (y: number) =>
      [...Array(40).keys()].filter((x) => {
        const v = px(image, x, y)[0]!;
        return v > 0 && v < 255;
      }).length;
    expect(transition(0)).toBeGreaterThan(transition(25));
  });

  it('no margins: the picture itself and an empty mask', () => {
    const picture = noise(7, 4, 2);
    const { image, mask } = outpaintPrefill(picture, { left: 0, right: 0, top: 0, bottom: 0 });
    expect(image.data).toEqual(picture.data);
    expect(mask.data.every((v) => v === 0)).toBe(true);
  });

  it('refuses negative or fractional margins, naming the side', () => {
    expect(() => outpaintPrefill(noise(2, 2, 1), { left: 0, right: -1, top: 0, bottom: 0 })).toThrow(
      /right must be a whole number/,
    );
    expect(() => outpaintPrefill(noise(2, 2, 1), { left: 1.5, right: 0, top: 0, bottom: 0 })).toThrow(
      /left must be/,
    );
  });
});

describe('outpaintMask', () => {
  it('overlap fades into the old picture along extended sides only', () => {
    const mask = outpaintMask({ width: 10, height: 6 }, { left: 2, right: 0, top: 0, bottom: 0 }, 3);
    const row = [...mask.data.subarray(3 * 12, 4 * 12)];
    // New area, then 3 px of fade (255·3/4, 255·2/4, 255·1/4), then the untouched picture.
    expect(row).toEqual([255, 255, 191, 128, 64, 0, 0, 0, 0, 0, 0, 0]);
    expect(mask.data[0 * 12 + 11]).toBe(0);
  });
});
