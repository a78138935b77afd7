import { describe, expect, it } from 'vitest';
import { featherKernel, outsideWeight, OUTSIDE_WEIGHT_LIMIT } from './featherKernel';
import { featherMask, type MaskEdges } from './featherMask';
import { nearEdge, seededRandom } from './testSupport';
import type { GreyImage } from './types';

const ALL_PICTURE: MaskEdges = { left: true, top: true, right: true, bottom: true };
const NO_PICTURE: MaskEdges = { left: false, top: false, right: false, bottom: false };
const whole = (m: GreyImage) => ({ x: 0, y: 0, width: m.width, height: m.height });

/** Random blobs (discs), hard or grey, on a black mask. */
function blobs(width: number, height: number, seed: number, grey: boolean): GreyImage {
  const random = seededRandom(seed);
  const data = new Uint8Array(width * height);
  const n = random.int(1, 4);
  for (let k = 0; k < n; k++) {
    const cx = random.int(0, width - 1);
    const cy = random.int(0, height - 1);
    const r = random.int(1, Math.max(2, Math.min(width, height) >> 2));
    const v = grey ? random.int(1, 255) : 255;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) data[y * width + x] = v;
  }
  return { width, height, data };
}

/** The kernel applied by brute force (2-D convolution of the 1-D weights), beyond the mask per `edges`. */
function slowFeather(m: GreyImage, radius: number, edges: MaskEdges): Uint8Array {
  const { boxes } = featherKernel(radius);
  let k = [1];
  for (const b of boxes) {
    const next = new Array<number>(k.length + 2 * b).fill(0);
    for (let i = 0; i < k.length; i++) for (let j = 0; j <= 2 * b; j++) next[i + j]! += k[i]!;
    k = next;
  }
  const c = (k.length - 1) / 2;
  const total = k.reduce((a, b) => a + b, 0) ** 2;
  const value = (x: number, y: number) => {
    if ((x < 0 && !edges.left) || (x >= m.width && !edges.right)) return 0;
    if ((y < 0 && !edges.top) || (y >= m.height && !edges.bottom)) return 0;
    const X = Math.min(m.width - 1, Math.max(0, x));
    const Y = Math.min(m.height - 1, Math.max(0, y));
    return m.data[Y * m.width + X]!;
  };
  const out = new Uint8Array(m.width * m.height);
  for (let y = 0; y < m.height; y++) {
    for (let x = 0; x < m.width; x++) {
      let sum = 0;
      for (let j = 0; j < k.length; j++)
        for (let i = 0; i < k.length; i++) sum += k[i]! * k[j]! * value(x + i - c, y + j - c);
      out[y * m.width + x] = Math.round(sum / total);
    }
  }
  return out;
}

describe('featherKernel', () => {
  it('keeps the weight outside the r-disc under half a grey level, with the widest span that does', () => {
    for (let r = 2; r <= 64; r++) {
      const k = featherKernel(r);
      expect(k.span).toBeGreaterThan(0);
      expect(k.span).toBeLessThanOrEqual(r);
      expect(k.boxes.reduce((a, b) => a + b)).toBe(k.span);
      expect(outsideWeight(k.boxes, r)).toBeLessThan(OUTSIDE_WEIGHT_LIMIT);
      if (k.span < r) {
        const wider = k.span + 1;
        const a = Math.floor(wider / 3);
        const rest = wider - 3 * a;
        expect(outsideWeight([a + (rest > 0 ? 1 : 0), a + (rest > 1 ? 1 : 0), a], r)).toBeGreaterThanOrEqual(
          OUTSIDE_WEIGHT_LIMIT,
        );
      }
    }
  });
});

describe('featherMask', () => {
  it('radius 0 is the mask itself', () => {
    const m = blobs(40, 30, 1, true);
    expect(featherMask(m, 0, whole(m), ALL_PICTURE).data).toEqual(m.data);
  });

  it('equals the kernel applied by brute force, at the mask border too (both edge modes)', () => {
    for (const [seed, radius, edges] of [
      [2, 2, ALL_PICTURE],
      [3, 5, NO_PICTURE],
      [4, 9, { left: true, top: false, right: false, bottom: true }],
      [5, 13, ALL_PICTURE],
    ] as const) {
      const m = blobs(37, 29, seed, seed % 2 === 0);
      expect(featherMask(m, radius, whole(m), edges).data).toEqual(slowFeather(m, radius, edges));
    }
  });

  it('radius 1 is (4·centre + 4 neighbours) / 8, over whole masks and rectangles reaching past them', () => {
    for (const [seed, edges] of [
      [21, ALL_PICTURE],
      [22, NO_PICTURE],
    ] as const) {
      // 100×90: several 32-px cells, most of them flat, so flat cells and blurred runs must join.
      const m = blobs(100, 90, seed, seed % 2 === 0);
      const value = (x: number, y: number) => {
        if ((x < 0 && !edges.left) || (x >= m.width && !edges.right)) return 0;
        if ((y < 0 && !edges.top) || (y >= m.height && !edges.bottom)) return 0;
        return m.data[
          Math.min(m.height - 1, Math.max(0, y)) * m.width + Math.min(m.width - 1, Math.max(0, x))
        ]!;
      };
      for (const rect of [whole(m), { x: -3, y: 40, width: 50, height: 55 }]) {
        const want = new Uint8Array(rect.width * rect.height);
        const same = new Uint8Array(rect.width * rect.height);
        for (let y = 0; y < rect.height; y++)
          for (let x = 0; x < rect.width; x++) {
            const [X, Y] = [rect.x + x, rect.y + y];
            const sum =
              4 * value(X, Y) + value(X - 1, Y) + value(X + 1, Y) + value(X, Y - 1) + value(X, Y + 1);
            want[y * rect.width + x] = Math.round(sum / 8);
            same[y * rect.width + x] = value(X, Y);
          }
        expect(featherMask(m, 1, rect, edges).data).toEqual(want);
        expect(featherMask(m, 0, rect, edges).data).toEqual(same);
      }
    }
  });

  it('a mask taller than one band of rows: the bands join seamlessly', () => {
    const m = blobs(24, 700, 8, true);
    expect(featherMask(m, 6, whole(m), ALL_PICTURE).data).toEqual(slowFeather(m, 6, ALL_PICTURE));
  });

  it('a sub-rectangle reads the mask around it: the same pixels as the whole', () => {
    const m = blobs(60, 50, 6, true);
    const full = featherMask(m, 7, whole(m), ALL_PICTURE);
    const rect = { x: 11, y: 20, width: 23, height: 17 };
    const part = featherMask(m, 7, rect, ALL_PICTURE);
    for (let y = 0; y < rect.height; y++) {
      for (let x = 0; x < rect.width; x++) {
        expect(part.data[y * rect.width + x]).toBe(full.data[(y + rect.y) * m.width + x + rect.x]);
      }
    }
  });

  it('changes only pixels within r px (Euclidean) of a pixel of another mask value — hard and grey masks', () => {
    const random = seededRandom(77);
    for (let i = 0; i < 24; i++) {
      const m = blobs(random.int(20, 64), random.int(20, 64), 100 + i, i % 3 === 0);
      const radius = random.int(1, 20);
      const f = featherMask(m, radius, whole(m), ALL_PICTURE);
      let changed = 0;
      for (let y = 0; y < m.height; y++) {
        for (let x = 0; x < m.width; x++) {
          const p = y * m.width + x;
          if (f.data[p] === m.data[p]) continue;
          changed++;
          expect(nearEdge(m, x, y, radius), `(${x}, ${y}) at r = ${radius}`).toBe(true);
        }
      }
      expect(changed).toBeGreaterThan(0);
    }
  });

  it('softens a straight edge into a monotonic ramp crossing half way at the edge', () => {
    const width = 80;
    const m = { width, height: 8, data: new Uint8Array(width * 8) };
    for (let y = 0; y < 8; y++) m.data.fill(255, y * width + 40, (y + 1) * width);
    const f = featherMask(m, 16, whole(m), ALL_PICTURE);
    const row = [...f.data.subarray(4 * width, 5 * width)];
    for (let x = 1; x < width; x++) expect(row[x]!).toBeGreaterThanOrEqual(row[x - 1]!);
    expect(row[39]! + row[40]!).toBeGreaterThan(200);
    expect(row[39]! + row[40]!).toBeLessThan(310);
    expect(row.filter((v) => v > 0 && v < 255).length).toBeGreaterThan(16);
  });

  it('at the picture border the mask is not taken for an edge; at an inner side it is', () => {
    const m = { width: 20, height: 20, data: new Uint8Array(400).fill(255) };
    expect(featherMask(m, 6, whole(m), ALL_PICTURE).data.every((v) => v === 255)).toBe(true);
    const inner = featherMask(m, 6, whole(m), NO_PICTURE).data;
    expect(inner[0]).toBeLessThan(128);
    expect(inner[10 * 20 + 10]).toBe(255);
  });
});
