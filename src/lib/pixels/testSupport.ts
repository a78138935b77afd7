import type { GreyImage, Rect, RgbaImage } from './types';

/** Test helpers (not exported from index.ts). A seeded PRNG, so property tests are random yet repeatable. */
export function seededRandom(seed: number): { next(): number; int(lo: number, hi: number): number } {
  let s = seed >>> 0;
  const next = () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** An integer in [lo, hi], both included. */
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, int };
}

/**
 * Whether a pixel of another mask value lies within Euclidean distance `r` of (x, y) — by brute force, the
 * reference the feather's "changes only pixels within r px of the mask edge" is checked against.
 */
export function nearEdge(
  m: { width: number; height: number; data: Uint8Array },
  x: number,
  y: number,
  r: number,
): boolean {
  const v = m.data[y * m.width + x];
  for (let dy = -r; dy <= r; dy++) {
    for (let dx = -r; dx <= r; dx++) {
      const X = x + dx;
      const Y = y + dy;
      if (dx * dx + dy * dy > r * r || X < 0 || Y < 0 || X >= m.width || Y >= m.height) continue;
      if (m.data[Y * m.width + X] !== v) return true;
    }
  }
  return false;
}

/** The first index where two byte arrays differ (−1 when equal): vitest's deep equality crawls on megabytes. */
export function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

/** `n` random bytes (seeded). A plain loop: `Array.from` with a callback crawls at megapixel sizes. */
export function randomBytes(n: number, seed: number): Uint8ClampedArray<ArrayBuffer> {
  const random = seededRandom(seed);
  const out = new Uint8ClampedArray(n);
  for (let i = 0; i < n; i++) out[i] = random.int(0, 255);
  return out;
}

/** Random RGBA noise, repeatable by `seed`. */
export function noisePicture(width: number, height: number, seed: number): RgbaImage {
  return { width, height, data: randomBytes(width * height * 4, seed) };
}

/** One to three filled discs inside `within` (hard 255, or one grey level each when `grey`). */
export function discs(width: number, height: number, within: Rect, seed: number, grey: boolean): GreyImage {
  const random = seededRandom(seed);
  const data = new Uint8Array(width * height);
  for (let k = random.int(1, 3); k > 0; k--) {
    const r = random.int(1, Math.max(1, Math.min(within.width, within.height) >> 2));
    const cx = random.int(within.x + r, within.x + within.width - 1 - r);
    const cy = random.int(within.y + r, within.y + within.height - 1 - r);
    const v = grey ? random.int(1, 255) : 255;
    for (let y = cy - r; y <= cy + r; y++)
      for (let x = cx - r; x <= cx + r; x++)
        if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) data[y * width + x] = v;
  }
  return { width, height, data };
}

/** The RGBA bytes of one pixel. */
export const pixelAt = (img: RgbaImage, x: number, y: number) => [
  ...img.data.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 4),
];
