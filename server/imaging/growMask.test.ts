import { describe, expect, it } from 'vitest';
import { growMask } from './growMask.ts';

const W = 64;
const H = 48;
/** Strength `value` inside the rectangle [x0, x1) × [y0, y1), 0 outside. */
function rect(x0: number, x1: number, y0: number, y1: number, value = 1): Float32Array {
  const s = new Float32Array(W * H);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) s[y * W + x] = value;
  return s;
}
const at = (s: Float32Array, x: number, y: number): number => s[y * W + x]!;
/** The strengths along row y from x0 to x1 inclusive. */
const row = (s: Float32Array, y: number, x0: number, x1: number): number[] =>
  Array.from({ length: x1 - x0 + 1 }, (_, i) => at(s, x0 + i, y));

describe('growMask (v2beta grow_mask)', () => {
  it('returns the strengths unchanged at 0', () => {
    const s = rect(20, 40, 10, 30, 0.7);
    expect(Array.from(growMask(s, W, H, 0))).toEqual(Array.from(s));
  });
  it('dilates a hard edge by the radius and feathers it: 1 inside, ½ at the radius, 0 beyond twice it', () => {
    const s = rect(30, 50, 20, 40);
    const g = growMask(s, W, H, 9);
    // Left edge along the middle row (the mask starts at x = 30).
    expect(row(g, 30, 30, 45).every((v) => v === 1)).toBe(true);
    // The grown edge lies between x = 20 and 21: the pixels either side straddle ½.
    expect(at(g, 30 - 9, 30)).toBeGreaterThan(0.5);
    expect(at(g, 30 - 9, 30)).toBeLessThan(0.6);
    expect(at(g, 30 - 10, 30)).toBeLessThan(0.5);
    expect(at(g, 30 - 10, 30)).toBeGreaterThan(0.4);
    for (let x = 0; x <= 30 - 19; x++) expect(at(g, x, 30)).toBe(0);
    // Monotone ramp from 0 to 1 across the feather, with values strictly in between: an edge, not a step.
    const ramp = row(g, 30, 30 - 18, 30);
    for (let i = 1; i < ramp.length; i++) expect(ramp[i]!).toBeGreaterThanOrEqual(ramp[i - 1]!);
    expect(ramp.filter((v) => v > 0.05 && v < 0.95).length).toBeGreaterThanOrEqual(8);
    // Same on the top edge (y = 20): the square grows in both directions.
    expect(at(g, 40, 20 - 9)).toBeCloseTo(at(g, 30 - 9, 30), 5);
    expect(at(g, 40, 20 - 19)).toBe(0);
  });
  it('grows without feathering below radius 3, and never lowers a strength', () => {
    const s = rect(30, 31, 20, 21);
    const g = growMask(s, W, H, 2);
    expect(row(g, 20, 27, 33)).toEqual([0, 1, 1, 1, 1, 1, 0]);
    expect(at(g, 32, 22)).toBe(1);
    expect(at(g, 33, 23)).toBe(0);
    const soft = rect(10, 20, 10, 20, 0.4);
    const grown = growMask(soft, W, H, 30);
    for (let p = 0; p < soft.length; p++) expect(grown[p]!).toBeGreaterThanOrEqual(soft[p]!);
    expect(at(grown, 15, 15)).toBeCloseTo(0.4, 5);
    expect(Math.max(...grown)).toBeCloseTo(0.4, 5);
  });
  it('spreads grey levels as they are (the largest one near a pixel wins) and stops at the border', () => {
    const s = new Float32Array(W * H);
    s[5 * W + 5] = 0.3;
    s[5 * W + 9] = 0.8;
    const g = growMask(s, W, H, 2);
    const rounded = row(g, 5, 2, 12).map((v) => Math.round(v * 100) / 100);
    expect(rounded).toEqual([0, 0.3, 0.3, 0.3, 0.3, 0.8, 0.8, 0.8, 0.8, 0.8, 0]);
    const corner = growMask(rect(0, 1, 0, 1), W, H, 4);
    expect(at(corner, 0, 0)).toBe(1);
    expect(at(corner, 4, 4)).toBeGreaterThan(0);
  });
  it('refuses a strength array of the wrong length', () => {
    expect(() => growMask(new Float32Array(5), W, H, 3)).toThrow(RangeError);
  });
});
