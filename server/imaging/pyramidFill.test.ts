import { describe, expect, it } from 'vitest';
import { distanceToKnown } from './distanceToKnown.ts';
import { pyramidFill } from './pyramidFill.ts';

function planes(n: number): [Float32Array, Float32Array, Float32Array] {
  return [new Float32Array(n), new Float32Array(n), new Float32Array(n)];
}

describe('pyramidFill', () => {
  it('keeps known pixels exactly and fills a gap between two colours with a monotone blend', () => {
    const w = 64;
    const h = 9;
    const p = planes(w * h);
    const known = new Uint8Array(w * h);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = y * w + x;
        p[0][i] = x < 32 ? 250 : 10;
        p[1][i] = 77.5;
        p[2][i] = x;
        known[i] = x < 16 || x >= 48 ? 1 : 0;
      }
    }
    pyramidFill(p, known, w, h);
    const row = 4 * w;
    for (let x = 0; x < 16; x++) expect([p[0][row + x], p[2][row + x]]).toEqual([250, x]);
    for (let x = 48; x < 64; x++) expect([p[0][row + x], p[2][row + x]]).toEqual([10, x]);
    for (let x = 16; x < 48; x++) {
      expect(p[0][row + x]!).toBeLessThanOrEqual(p[0][row + x - 1]! + 1e-3);
      expect(p[1][row + x]!).toBeCloseTo(77.5, 3);
    }
    expect(p[0][row + 17]!).toBeGreaterThan(200);
    expect(p[0][row + 46]!).toBeLessThan(60);
  });

  it('fills everything from a single known pixel and refuses when nothing is known', () => {
    const p = planes(25);
    const known = new Uint8Array(25);
    known[12] = 1;
    p[0][12] = 100;
    p[1][12] = 150;
    p[2][12] = 200;
    pyramidFill(p, known, 5, 5);
    for (let i = 0; i < 25; i++)
      expect([p[0][i]!, p[1][i]!, p[2][i]!].map(Math.round)).toEqual([100, 150, 200]);
    expect(() => pyramidFill(planes(4), new Uint8Array(4), 2, 2)).toThrow(RangeError);
  });
});

describe('distanceToKnown', () => {
  it('measures distance to the nearest known pixel (chamfer, within a few percent)', () => {
    const w = 41;
    const known = new Uint8Array(w * w);
    known[20 * w + 20] = 1;
    const d = distanceToKnown(known, w, w);
    expect(d[20 * w + 20]).toBe(0);
    expect(d[20 * w + 30]).toBeCloseTo(10, 5);
    expect(d[30 * w + 30]).toBeCloseTo(10 * Math.SQRT2, 4);
    expect(Math.abs(d[20 * w + 0]! - 20)).toBeLessThan(1e-4);
    expect(Math.abs(d[26 * w + 28]! - 10) / 10).toBeLessThan(0.1);
    expect(distanceToKnown(new Uint8Array(4), 2, 2)[0]).toBe(Infinity);
  });
});
