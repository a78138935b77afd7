import type { Rng } from './prng.ts';

/** Seeded value noise in 1-D and 2-D, smooth (smoothstep-interpolated), values in 0..1. */
export interface Noise {
  noise1(x: number): number;
  noise2(x: number, y: number): number;
  /** Fractal sum of `octaves` layers of noise1, each twice the frequency and half the amplitude; 0..1. */
  fbm1(x: number, octaves: number): number;
  /** Same as fbm1 in two dimensions. */
  fbm2(x: number, y: number, octaves: number): number;
}

/**
 * Builds the lattices once per picture (256 + 65 536 floats, well under a millisecond); sampling is then a
 * few multiplications with no allocation, cheap enough to call per pixel. Lattices wrap every 256 units,
 * far beyond the few units a picture spans.
 */
export function createNoise(rng: Rng): Noise {
  const t1 = new Float32Array(256);
  for (let i = 0; i < 256; i++) t1[i] = rng();
  const t2 = new Float32Array(65536);
  for (let i = 0; i < 65536; i++) t2[i] = rng();

  const noise1 = (x: number): number => {
    const xf = Math.floor(x);
    const f = x - xf;
    const u = f * f * (3 - 2 * f);
    const i = xf & 255;
    const a = t1[i]!;
    return a + (t1[(i + 1) & 255]! - a) * u;
  };
  const noise2 = (x: number, y: number): number => {
    const xf = Math.floor(x);
    const yf = Math.floor(y);
    const fx = x - xf;
    const fy = y - yf;
    const u = fx * fx * (3 - 2 * fx);
    const v = fy * fy * (3 - 2 * fy);
    const x0 = xf & 255;
    const x1 = (xf + 1) & 255;
    const r0 = (yf & 255) << 8;
    const r1 = ((yf + 1) & 255) << 8;
    const a = t2[r0 | x0]!;
    const b = t2[r0 | x1]!;
    const c = t2[r1 | x0]!;
    const d = t2[r1 | x1]!;
    const top = a + (b - a) * u;
    return top + (c + (d - c) * u - top) * v;
  };
  const fbm1 = (x: number, octaves: number): number => {
    let sum = 0;
    let amp = 1;
    let norm = 0;
    let f = 1;
    for (let o = 0; o < octaves; o++) {
      // The per-octave offset decorrelates octaves, which otherwise line up at lattice points.
      sum += amp * noise1(x * f + o * 37.17);
      norm += amp;
      amp *= 0.5;
      f *= 2;
    }
    return sum / norm;
  };
  const fbm2 = (x: number, y: number, octaves: number): number => {
    let sum = 0;
    let amp = 1;
    let norm = 0;
    let f = 1;
    for (let o = 0; o < octaves; o++) {
      sum += amp * noise2(x * f + o * 19.31, y * f + o * 47.83);
      norm += amp;
      amp *= 0.5;
      f *= 2;
    }
    return sum / norm;
  };
  return { noise1, noise2, fbm1, fbm2 };
}
