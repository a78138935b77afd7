import { describe, expect, it } from 'vitest';
import { imagePoint } from '../geometry/coords';
import { brushProfile } from './brushProfile';
import { MaskRaster } from './MaskRaster';
import { newStrokeCursor, stampSegment } from './strokeSegment';

describe('stampSegment', () => {
  const brush = { size: 6, profile: brushProfile(1), erase: false };

  it('covers a straight line without gaps and stays within radius of it', () => {
    const m = new MaskRaster(60, 20);
    const c = newStrokeCursor();
    stampSegment(m, c, { point: imagePoint(5, 10), pressure: 1 }, brush);
    const dirty = stampSegment(m, c, { point: imagePoint(55, 10), pressure: 1 }, brush);
    for (let x = 5; x < 55; x++) expect(m.get(x, 9)).toBe(255);
    for (let x = 0; x < 60; x++) {
      expect(m.get(x, 4)).toBe(0);
      expect(m.get(x, 15)).toBe(0);
    }
    expect(dirty.x).toBeLessThanOrEqual(6);
    expect(dirty.x + dirty.w).toBeGreaterThanOrEqual(57);
  });

  it('pressure scales the stamp', () => {
    const full = new MaskRaster(40, 40);
    const light = new MaskRaster(40, 40);
    const big = { size: 20, profile: brushProfile(1), erase: false };
    stampSegment(full, newStrokeCursor(), { point: imagePoint(20, 20), pressure: 1 }, big);
    stampSegment(light, newStrokeCursor(), { point: imagePoint(20, 20), pressure: 0.3 }, big);
    expect(light.nonZeroCount).toBeLessThan(full.nonZeroCount / 5);
    expect(light.get(19, 19)).toBe(255);
    expect(light.get(26, 19)).toBe(0);
    expect(full.get(26, 19)).toBe(255);
  });

  it('splitting a segment into many samples paints the same pixels as one segment', () => {
    const a = new MaskRaster(80, 30);
    const b = new MaskRaster(80, 30);
    const ca = newStrokeCursor();
    const cb = newStrokeCursor();
    stampSegment(a, ca, { point: imagePoint(10, 15), pressure: 1 }, brush);
    stampSegment(a, ca, { point: imagePoint(70, 15), pressure: 1 }, brush);
    stampSegment(b, cb, { point: imagePoint(10, 15), pressure: 1 }, brush);
    for (let x = 10.37; x < 70; x += 0.37)
      stampSegment(b, cb, { point: imagePoint(x, 15), pressure: 1 }, brush);
    stampSegment(b, cb, { point: imagePoint(70, 15), pressure: 1 }, brush);
    // Dab positions may shift by < spacing, so compare coverage of the line's core.
    for (let x = 10; x < 70; x++) expect(b.get(x, 15)).toBe(a.get(x, 15));
  });
});
