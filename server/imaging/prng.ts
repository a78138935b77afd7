/**
 * Small deterministic hashing and random numbers. Pictures must be byte-identical for identical requests, so
 * nothing in the engine uses Math.random; every random choice flows from these functions.
 */

/** Murmur3's finaliser: spreads every input bit over the 32-bit result. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Unsigned 32-bit hash of a string (FNV-1a over UTF-16 code units, then {@link mix32}). */
export function hashString(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** Combines numbers (integers or floats) into one unsigned 32-bit hash; order matters. */
export function hashNumbers(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const v of values) {
    // Floats are hashed through their text form, which is exact and platform independent.
    const k = Number.isInteger(v) && Math.abs(v) < 2 ** 31 ? v | 0 : hashString(String(v));
    h = mix32((h ^ k) + 0x9e3779b9 + (h << 6) + (h >>> 2));
  }
  return h;
}

/** A random source: each call returns the next float in [0, 1). */
export type Rng = () => number;

/** mulberry32: tiny, fast, good enough for layout choices and noise lattices. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A float in [lo, hi) from `rng`. */
export function range(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng();
}

/**
 * Per-pixel hash in [0, 1) without allocation or state, for grain: the same (x, y, seed) always gives the
 * same value, so grain is deterministic and independent of iteration order.
 */
export function hashPixel(x: number, y: number, seed: number): number {
  let h = Math.imul(x, 0x27d4eb2d) ^ Math.imul(y, 0x165667b1) ^ seed;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}
