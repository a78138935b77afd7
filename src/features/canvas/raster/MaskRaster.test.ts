import { describe, expect, it } from 'vitest';
import { brushProfile } from './brushProfile';
import { MaskRaster } from './MaskRaster';

/** Pixel (x, y) is inside a dab at (cx, cy) of radius r when its centre is strictly within r. */
const inside = (x: number, y: number, cx: number, cy: number, r: number) =>
  (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 < r * r;

describe('MaskRaster.stamp', () => {
  it('a hard dab sets exactly the pixels inside the radius and leaves the rest untouched', () => {
    const m = new MaskRaster(20, 20);
    const rect = m.stamp(10, 10, 4, brushProfile(1), false);
    let set = 0;
    for (let y = 0; y < 20; y++) {
      for (let x = 0; x < 20; x++) {
        expect(m.get(x, y)).toBe(inside(x, y, 10, 10, 4) ? 255 : 0);
        if (m.get(x, y)) set++;
      }
    }
    expect(set).toBe(m.nonZeroCount);
    expect(set).toBeGreaterThan(40);
    expect(rect).toEqual({ x: 6, y: 6, w: 8, h: 8 });
  });

  it('a soft dab is non-increasing from the centre outwards and zero outside the radius', () => {
    const m = new MaskRaster(41, 41);
    m.stamp(20.5, 20.5, 16, brushProfile(0.2), false);
    let prev = 256;
    for (let x = 20; x < 41; x++) {
      const v = m.get(x, 20);
      expect(v).toBeLessThanOrEqual(prev);
      prev = v;
    }
    expect(m.get(20, 20)).toBe(255);
    expect(m.get(30, 20)).toBeGreaterThan(0);
    expect(m.get(30, 20)).toBeLessThan(255);
    expect(m.get(37, 20)).toBe(0);
  });

  it('overlapping soft dabs never exceed the profile (max, not build-up)', () => {
    const a = new MaskRaster(30, 30);
    a.stamp(15, 15, 10, brushProfile(0), false);
    const once = Uint8Array.from(a.data);
    for (let i = 0; i < 5; i++) a.stamp(15, 15, 10, brushProfile(0), false);
    expect(a.data).toEqual(once);
  });

  it('the eraser lowers pixels by the dab coverage and keeps the tally exact', () => {
    const m = new MaskRaster(20, 20);
    m.fillAll(255);
    m.stamp(10, 10, 3, brushProfile(1), true);
    for (let y = 0; y < 20; y++)
      for (let x = 0; x < 20; x++) expect(m.get(x, y)).toBe(inside(x, y, 10, 10, 3) ? 0 : 255);
    expect(m.nonZeroCount).toBe(m.recount());
  });

  it('clips dabs at the edges', () => {
    const m = new MaskRaster(8, 8);
    const r = m.stamp(0, 0, 3, brushProfile(1), false);
    expect(r).toEqual({ x: 0, y: 0, w: 3, h: 3 });
    expect(m.get(0, 0)).toBe(255);
    expect(m.nonZeroCount).toBe(m.recount());
  });

  it('invert, fill and clear', () => {
    const m = new MaskRaster(4, 2);
    m.writeRect({ x: 0, y: 0, w: 2, h: 1 }, Uint8Array.from([0, 100]));
    m.invert();
    expect(Array.from(m.data)).toEqual([255, 155, 255, 255, 255, 255, 255, 255]);
    expect(m.nonZeroCount).toBe(8);
    m.fillAll(0);
    expect(m.isEmpty()).toBe(true);
    m.fillAll(255);
    expect(Array.from(m.data)).toEqual(new Array(8).fill(255));
  });
});
