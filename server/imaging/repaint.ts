import { assertRgba, type Rgba } from './rgba.ts';

/** Three colour planes of a raster, as floats. */
export type Planes = [Float32Array, Float32Array, Float32Array];

export function toPlanes(img: Rgba): Planes {
  const n = img.width * img.height;
  const planes: Planes = [new Float32Array(n), new Float32Array(n), new Float32Array(n)];
  const d = img.data;
  for (let p = 0, i = 0; p < n; p++, i += 4) {
    planes[0][p] = d[i]!;
    planes[1][p] = d[i + 1]!;
    planes[2][p] = d[i + 2]!;
  }
  return planes;
}

/** Where a repaint may take its colours from, and how much there is to repaint. */
export interface RepaintRegion {
  /** 1 for a pixel that is kept (strength 0) and not fully transparent: its colour means something. */
  known: Uint8Array;
  /** Pixels with strength > 0. */
  holes: number;
  /** Known pixels. */
  sources: number;
}

export function repaintRegion(init: Rgba, strength: Float32Array): RepaintRegion {
  const n = init.width * init.height;
  if (strength.length !== n) throw new RangeError(`repaint: expected ${n} strengths, got ${strength.length}`);
  const known = new Uint8Array(n);
  let holes = 0;
  let sources = 0;
  for (let p = 0; p < n; p++) {
    if (strength[p]! > 0) holes++;
    else if (init.data[p * 4 + 3]! > 0) {
      known[p] = 1;
      sources++;
    }
  }
  return { known, holes, sources };
}

/**
 * The repainted picture: the init pixel, all four bytes, where strength is 0; elsewhere
 * init + s·(fill − init) per channel and alpha towards 255, so the result is exactly linear in s.
 * NaN strengths count as 0, strengths above 1 as 1.
 */
export function composeRepaint(init: Rgba, strength: Float32Array, fill: Planes): Rgba {
  assertRgba(init, 'composeRepaint init');
  const { width, height } = init;
  const n = width * height;
  const out = new Uint8Array(n * 4);
  const clamped = new Uint8ClampedArray(out.buffer);
  const src = init.data;
  const [fr, fg, fb] = fill;
  for (let p = 0, i = 0; p < n; p++, i += 4) {
    const raw = strength[p]!;
    if (!(raw > 0)) {
      out[i] = src[i]!;
      out[i + 1] = src[i + 1]!;
      out[i + 2] = src[i + 2]!;
      out[i + 3] = src[i + 3]!;
      continue;
    }
    const s = raw > 1 ? 1 : raw;
    clamped[i] = src[i]! + s * (fr[p]! - src[i]!);
    clamped[i + 1] = src[i + 1]! + s * (fg[p]! - src[i + 1]!);
    clamped[i + 2] = src[i + 2]! + s * (fb[p]! - src[i + 2]!);
    clamped[i + 3] = src[i + 3]! + s * (255 - src[i + 3]!);
  }
  return { width, height, data: out };
}
