import { describe, expect, it } from 'vitest';
import { crop } from './crop';
import { resample } from './resample';
import { seededRandom } from './testSupport';

const noise = (n: number, seed: number) => {
  const random = seededRandom(seed);
  return Uint8Array.from({ length: n }, () => random.int(0, 255));
};

/** The tent filter by brute force, in doubles, unrounded: each output the weighted mean of its neighbourhood. */
function slowResample(src: { width: number; height: number; data: Uint8Array }, w: number, h: number) {
  const weights = (inSize: number, outSize: number, o: number) => {
    const ratio = inSize / outSize;
    const support = Math.max(1, ratio);
    const centre = (o + 0.5) * ratio - 0.5;
    const out: Array<[number, number]> = [];
    for (let i = 0; i < inSize; i++) {
      const wt = 1 - Math.abs(i - centre) / support;
      if (wt > 0) out.push([i, wt]);
    }
    return out;
  };
  const out = new Float64Array(w * h * 4);
  for (let y = 0; y < h; y++) {
    const wy = weights(src.height, h, y);
    for (let x = 0; x < w; x++) {
      const wx = weights(src.width, w, x);
      for (let c = 0; c < 4; c++) {
        let sum = 0;
        let total = 0;
        for (const [iy, a] of wy)
          for (const [ix, b] of wx) {
            sum += a * b * src.data[(iy * src.width + ix) * 4 + c]!;
            total += a * b;
          }
        out[(y * w + x) * 4 + c] = sum / total;
      }
    }
  }
  return out;
}

describe('resample', () => {
  it('equals the tent filter computed by brute force, rounded to the nearest level, enlarging and shrinking', () => {
    const src = { width: 41, height: 29, data: noise(41 * 29 * 4, 3) };
    for (const [w, h] of [
      [97, 64],
      [17, 12],
      [41, 70],
      [13, 29],
    ] as const) {
      const exact = slowResample(src, w, h);
      const got = resample(src, 4, { width: w, height: h }).data;
      let worst = 0;
      for (let i = 0; i < exact.length; i++) worst = Math.max(worst, Math.abs(got[i]! - exact[i]!));
      // Nearest level; an exact .5 (frequent when enlarging) may go either way in float32.
      expect(worst).toBeLessThanOrEqual(0.5 + 1e-4);
    }
  });

  it('copies exactly at the same size', () => {
    const src = { width: 13, height: 9, data: noise(13 * 9 * 4, 1) };
    expect(resample(src, 4, { width: 13, height: 9 }).data).toEqual(src.data);
  });

  it('keeps a flat colour flat, enlarging and shrinking, to the last byte', () => {
    const src = { width: 37, height: 23, data: new Uint8Array(37 * 23 * 4) };
    for (let i = 0; i < src.data.length; i += 4) src.data.set([201, 17, 99, 255], i);
    for (const size of [
      { width: 100, height: 61 },
      { width: 5, height: 3 },
      { width: 37, height: 80 },
    ]) {
      const out = resample(src, 4, size);
      for (let i = 0; i < out.data.length; i += 4) {
        expect([...out.data.subarray(i, i + 4)]).toEqual([201, 17, 99, 255]);
      }
    }
  });

  it('averages areas when halving (a pixel checker becomes mid grey, no aliasing)', () => {
    const src = { width: 8, height: 8, data: new Uint8Array(64) };
    for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) src.data[y * 8 + x] = (x + y) % 2 ? 255 : 0;
    const out = resample(src, 1, { width: 4, height: 4 });
    // Away from the borders (where the filter is cut and renormalised) exactly half.
    expect([out.data[5], out.data[6], out.data[9], out.data[10]]).toEqual([128, 128, 128, 128]);
    for (const v of out.data) expect(Math.abs(v - 128)).toBeLessThanOrEqual(4);
  });

  it('interpolates linearly when enlarging (a ramp stays a ramp)', () => {
    const src = { width: 3, height: 1, data: Uint8Array.from([0, 100, 200]) };
    const out = resample(src, 1, { width: 6, height: 1 });
    // Output centres at input positions -0.25, 0.25, 0.75, 1.25, 1.75, 2.25 (clamped at the ends).
    expect([...out.data]).toEqual([0, 25, 75, 125, 175, 200]);
  });

  it('computes only the requested part, the same as the matching crop of the whole', () => {
    const src = { width: 41, height: 29, data: noise(41 * 29 * 4, 2) };
    const size = { width: 97, height: 150 };
    const whole = resample(src, 4, size);
    const part = { x: 13, y: 70, width: 31, height: 80 };
    expect(resample(src, 4, size, part).data).toEqual(crop(whole, 4, part).data);
  });
});

describe('crop', () => {
  it('copies the rectangle and refuses one outside the picture', () => {
    const src = { width: 4, height: 3, data: Uint8Array.from({ length: 12 }, (_, i) => i) };
    expect([...crop(src, 1, { x: 1, y: 1, width: 2, height: 2 }).data]).toEqual([5, 6, 9, 10]);
    expect(() => crop(src, 1, { x: 3, y: 0, width: 2, height: 1 })).toThrow(/not inside the 4×3/);
  });
});
