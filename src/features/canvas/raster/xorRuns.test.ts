import { describe, expect, it } from 'vitest';
import { ByteSink } from './byteBuffers';
import { applyXorRuns, encodeXorParts, encodeXorRuns, forEachPart } from './xorRuns';
import type { Rect } from './rect';

function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** A mask-like image: flat areas, soft ramps and some noise, so every token kind occurs. */
function maskLike(width: number, height: number, seed: number): Uint8Array {
  const rnd = rng(seed);
  const out = new Uint8Array(width * height);
  for (let k = 0; k < 12; k++) {
    const x0 = Math.floor(rnd() * width);
    const y0 = Math.floor(rnd() * height);
    const w = Math.floor(rnd() * width * 0.6);
    const h = Math.floor(rnd() * height * 0.6);
    const kind = k % 3;
    for (let y = y0; y < Math.min(height, y0 + h); y++)
      for (let x = x0; x < Math.min(width, x0 + w); x++)
        out[y * width + x] = kind === 0 ? 255 : kind === 1 ? (x * 7) & 255 : Math.floor(rnd() * 256);
  }
  return out;
}

describe('xorRuns', () => {
  it('turns one version into the other and back, over a sub-rect with rows of odd width and offset', () => {
    const width = 203;
    const height = 97;
    const a = maskLike(width, height, 1);
    const b = maskLike(width, height, 2);
    const rect: Rect = { x: 13, y: 7, w: 171, h: 81 };
    const sink = new ByteSink();
    expect(encodeXorRuns(a, b, width, rect, sink)).toBe(true);
    const code = sink.take();
    const work = Uint8Array.from(b);
    let nonZero = work.reduce((n, v) => n + (v !== 0 ? 1 : 0), 0);
    nonZero += applyXorRuns(code, work, width, rect);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const inside = x >= rect.x && x < rect.x + rect.w && y >= rect.y && y < rect.y + rect.h;
        const i = y * width + x;
        expect(work[i]).toBe(inside ? a[i] : b[i]);
      }
    expect(nonZero).toBe(work.reduce((n, v) => n + (v !== 0 ? 1 : 0), 0));
    applyXorRuns(code, work, width, rect);
    expect(Buffer.compare(work, b)).toBe(0);
  });

  it('writes nothing for equal regions, and a few bytes for a uniform change of a whole mask', () => {
    const a = new Uint8Array(640 * 480);
    const sink = new ByteSink();
    expect(encodeXorRuns(a, Uint8Array.from(a), 640, { x: 0, y: 0, w: 640, h: 480 }, sink)).toBe(false);
    expect(sink.length).toBe(0);
    expect(encodeXorParts(a, new Uint8Array(a.length), 640, [{ x: 0, y: 0, w: 640, h: 480 }])).toBeNull();
    const full = new Uint8Array(a.length).fill(255);
    const packed = encodeXorParts(full, a, 640, [{ x: 0, y: 0, w: 640, h: 480 }]);
    expect(packed?.byteLength).toBeLessThan(20);
  });

  it('packs parts with their rects and codes; a mask alone (no second version) round-trips', () => {
    const width = 130;
    const height = 70;
    const a = maskLike(width, height, 5);
    const rects: Rect[] = [
      { x: 0, y: 0, w: 64, h: 64 },
      { x: 64, y: 0, w: 64, h: 64 },
      { x: 128, y: 0, w: 2, h: 64 },
      { x: 0, y: 64, w: 130, h: 6 },
    ];
    const packed = encodeXorParts(a, null, width, rects);
    if (!packed) throw new Error('nothing coded');
    const seen: Rect[] = [];
    const copy = new Uint8Array(a.length);
    forEachPart(packed, (rect, code) => {
      seen.push(rect);
      applyXorRuns(code, copy, width, rect);
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(Buffer.compare(copy, a)).toBe(0);
  });

  it('keeps its word-at-a-time paths exact on views that do not start on a word boundary', () => {
    const buffer = new Uint8Array(1 + 99 * 50);
    const a = buffer.subarray(1);
    a.fill(255, 0, 99 * 30);
    const b = new Uint8Array(99 * 50);
    const packed = encodeXorParts(a, b, 99, [{ x: 0, y: 0, w: 99, h: 50 }]);
    if (!packed) throw new Error('nothing coded');
    forEachPart(packed, (rect, code) => expect(applyXorRuns(code, b, 99, rect)).toBe(99 * 30));
    expect(Buffer.compare(a, b)).toBe(0);
  });
});
