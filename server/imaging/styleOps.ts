import { boxBlurPlane } from './boxBlur.ts';
import type { Rgb } from './colour.ts';
import { hashPixel } from './prng.ts';
import type { Rgba } from './rgba.ts';

/**
 * The building blocks of the style presets (stylePreset.ts): small, deterministic operations over an
 * interleaved float RGB raster (0..1, 3 values per pixel). Each changes the picture in place.
 */
export interface RgbRaster {
  width: number;
  height: number;
  data: Float32Array;
}

export function toRaster(img: Rgba): RgbRaster {
  const data = new Float32Array(img.width * img.height * 3);
  for (let i = 0, o = 0; o < data.length; i += 4, o += 3) {
    data[o] = img.data[i]! / 255;
    data[o + 1] = img.data[i + 1]! / 255;
    data[o + 2] = img.data[i + 2]! / 255;
  }
  return { width: img.width, height: img.height, data };
}

/** Back to 8-bit RGBA (opaque: the engine's generated pictures have no transparency). */
export function toRgba(r: RgbRaster): Rgba {
  const out = new Uint8Array(r.width * r.height * 4);
  const clamped = new Uint8ClampedArray(out.buffer);
  for (let i = 0, o = 0; i < r.data.length; i += 3, o += 4) {
    clamped[o] = r.data[i]! * 255;
    clamped[o + 1] = r.data[i + 1]! * 255;
    clamped[o + 2] = r.data[i + 2]! * 255;
    out[o + 3] = 255;
  }
  return { width: r.width, height: r.height, data: out };
}

const luma = (d: Float32Array, i: number): number => 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;

export interface Grade {
  saturation?: number;
  contrast?: number;
  /** Raises the blacks (faded film). */
  lift?: number;
  /** Multiplies each channel (white balance). */
  tint?: Rgb;
  /** Split toning: colours mixed into the shadows and the highlights, with their amount. */
  shadows?: Rgb;
  highlights?: Rgb;
  split?: number;
}

/** Colour grading: saturation and contrast around mid grey, lift, tint, split toning. */
export function grade(r: RgbRaster, g: Grade): void {
  const { saturation = 1, contrast = 1, lift = 0, tint = [1, 1, 1], split = 0 } = g;
  const d = r.data;
  for (let i = 0; i < d.length; i += 3) {
    const l = luma(d, i);
    for (let c = 0; c < 3; c++) {
      let v = l + (d[i + c]! - l) * saturation;
      v = (v - 0.5) * contrast + 0.5;
      v = lift + v * (1 - lift);
      v *= tint[c]!;
      if (split > 0) {
        const tone = l < 0.5 ? g.shadows : g.highlights;
        const t = split * Math.abs(l - 0.5) * 2;
        if (tone) v += (tone[c]! - v) * t;
      }
      d[i + c] = v;
    }
  }
}

/** `levels` flat steps per channel. */
export function posterize(r: RgbRaster, levels: number): void {
  const n = levels - 1;
  const d = r.data;
  for (let i = 0; i < d.length; i++) d[i] = Math.round(Math.min(1, Math.max(0, d[i]!)) * n) / n;
}

/** Flat `block`×`block` cells of their mean colour. */
export function pixelate(r: RgbRaster, block: number): void {
  const { width: w, height: h, data: d } = r;
  for (let by = 0; by < h; by += block) {
    for (let bx = 0; bx < w; bx += block) {
      const x1 = Math.min(w, bx + block);
      const y1 = Math.min(h, by + block);
      const sum = [0, 0, 0];
      for (let y = by; y < y1; y++)
        for (let x = bx; x < x1; x++) for (let c = 0; c < 3; c++) sum[c]! += d[(y * w + x) * 3 + c]!;
      const n = (x1 - bx) * (y1 - by);
      for (let y = by; y < y1; y++)
        for (let x = bx; x < x1; x++) for (let c = 0; c < 3; c++) d[(y * w + x) * 3 + c] = sum[c]! / n;
    }
  }
}

/** Edge strength 0..1 per pixel: Sobel on luma, edges clamped (row and column offsets precomputed). */
export function edgeMap(r: RgbRaster): Float32Array {
  const { width: w, height: h, data: d } = r;
  const l = new Float32Array(w * h);
  for (let p = 0; p < l.length; p++) l[p] = luma(d, p * 3);
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const up = Math.max(0, y - 1) * w;
    const mid = y * w;
    const down = Math.min(h - 1, y + 1) * w;
    for (let x = 0; x < w; x++) {
      const xl = x > 0 ? x - 1 : 0;
      const xr = x < w - 1 ? x + 1 : w - 1;
      const tl = l[up + xl]!;
      const tr = l[up + xr]!;
      const bl = l[down + xl]!;
      const br = l[down + xr]!;
      const gx = tr + 2 * l[mid + xr]! + br - tl - 2 * l[mid + xl]! - bl;
      const gy = bl + 2 * l[down + x]! + br - tl - 2 * l[up + x]! - tr;
      out[mid + x] = Math.min(1, Math.sqrt(gx * gx + gy * gy) / 2);
    }
  }
  return out;
}

/** Ink along edges stronger than `threshold`: over the picture, or (`paper`) on white paper alone. */
export function ink(r: RgbRaster, threshold: number, strength: number, paper = false): void {
  const edges = edgeMap(r);
  const d = r.data;
  for (let p = 0; p < edges.length; p++) {
    const e = Math.min(1, Math.max(0, (edges[p]! - threshold) / threshold)) * strength;
    for (let c = 0; c < 3; c++) {
      const base = paper ? 0.97 : d[p * 3 + c]!;
      d[p * 3 + c] = base * (1 - e) + 0.08 * e;
    }
  }
}

/** Darker corners: `amount` at the far corner, none in the centre. */
export function vignette(r: RgbRaster, amount: number): void {
  const { width: w, height: h, data: d } = r;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const dx = (x + 0.5) / w - 0.5;
      const dy = (y + 0.5) / h - 0.5;
      const k = 1 - amount * Math.min(1, (dx * dx + dy * dy) * 2);
      const i = (y * w + x) * 3;
      d[i] = d[i]! * k;
      d[i + 1] = d[i + 1]! * k;
      d[i + 2] = d[i + 2]! * k;
    }
  }
}

/** Black bars over the top and bottom `fraction` of the height (a wide-screen frame). */
export function letterbox(r: RgbRaster, fraction: number): void {
  const bar = Math.round(r.height * fraction);
  const row = r.width * 3;
  r.data.fill(0, 0, bar * row);
  r.data.fill(0, (r.height - bar) * row);
}

/** Seeded monochrome grain of ±amount. */
export function grain(r: RgbRaster, seed: number, amount: number): void {
  const { width: w, data: d } = r;
  for (let p = 0; p < d.length / 3; p++) {
    const n = (hashPixel(p % w, Math.floor(p / w), seed ^ 0x6a1) - 0.5) * 2 * amount;
    d[p * 3] = d[p * 3]! + n;
    d[p * 3 + 1] = d[p * 3 + 1]! + n;
    d[p * 3 + 2] = d[p * 3 + 2]! + n;
  }
}

/** Recolours by luma along `stops` (evenly spaced from black to white). */
export function gradientMap(r: RgbRaster, stops: readonly Rgb[]): void {
  const d = r.data;
  const n = stops.length - 1;
  for (let i = 0; i < d.length; i += 3) {
    const t = Math.min(1, Math.max(0, luma(d, i))) * n;
    const k = Math.min(n - 1, Math.floor(t));
    const f = t - k;
    const a = stops[k]!;
    const b = stops[k + 1]!;
    for (let c = 0; c < 3; c++) d[i + c] = a[c]! + (b[c]! - a[c]!) * f;
  }
}

/** Box blur of each channel (radius in pixels). */
export function blur(r: RgbRaster, radius: number): void {
  const n = r.width * r.height;
  const plane = new Float32Array(n);
  const tmp = new Float32Array(n);
  for (let c = 0; c < 3; c++) {
    for (let p = 0; p < n; p++) plane[p] = r.data[p * 3 + c]!;
    boxBlurPlane(plane, r.width, r.height, radius, plane, tmp);
    for (let p = 0; p < n; p++) r.data[p * 3 + c] = plane[p]!;
  }
}

/** Unsharp mask (`amount` > 0) or glow (screen with a blur, `glowAmount`). */
export function sharpenOrGlow(r: RgbRaster, radius: number, amount: number, glowAmount = 0): void {
  const soft: RgbRaster = { ...r, data: r.data.slice() };
  blur(soft, radius);
  const d = r.data;
  for (let i = 0; i < d.length; i++) {
    const v = d[i]! + amount * (d[i]! - soft.data[i]!);
    const s = Math.min(1, Math.max(0, soft.data[i]!)) * glowAmount;
    d[i] = 1 - (1 - v) * (1 - s);
  }
}

/**
 * Flat triangles: the picture cut into `cell`-sized squares, each split along a diagonal, each triangle
 * filled with its mean colour. `shade` lights the two halves differently (folded paper).
 */
export function facets(r: RgbRaster, cell: number, shade: number): void {
  const { width: w, height: h, data: d } = r;
  for (let by = 0; by < h; by += cell) {
    for (let bx = 0; bx < w; bx += cell) {
      // Alternate the diagonal like a lattice so the triangles do not all lean one way.
      const flip = ((bx / cell + by / cell) & 1) === 1;
      const sums = [new Float64Array(4), new Float64Array(4)];
      const half = (x: number, y: number): number => {
        const u = (x - bx) / cell;
        const v = (y - by) / cell;
        return (flip ? u + v < 1 : u > v) ? 0 : 1;
      };
      const x1 = Math.min(w, bx + cell);
      const y1 = Math.min(h, by + cell);
      for (let y = by; y < y1; y++)
        for (let x = bx; x < x1; x++) {
          const s = sums[half(x, y)]!;
          const i = (y * w + x) * 3;
          s[0]! += d[i]!;
          s[1]! += d[i + 1]!;
          s[2]! += d[i + 2]!;
          s[3]! += 1;
        }
      for (let y = by; y < y1; y++)
        for (let x = bx; x < x1; x++) {
          const k = half(x, y);
          const s = sums[k]!;
          const light = 1 + (k === 0 ? shade : -shade);
          const i = (y * w + x) * 3;
          for (let c = 0; c < 3; c++) d[i + c] = (s[c]! / s[3]!) * light;
        }
    }
  }
}

/**
 * A seamless tile: the picture shrunk to half size and mirrored into the four quarters, so the left edge
 * continues the right one and the top the bottom.
 */
export function mirrorTile(r: RgbRaster): void {
  const { width: w, height: h } = r;
  const src = r.data.slice();
  for (let y = 0; y < h; y++) {
    const sy = Math.min(h - 1, 2 * (y < h / 2 ? y : h - 1 - y));
    for (let x = 0; x < w; x++) {
      const sx = Math.min(w - 1, 2 * (x < w / 2 ? x : w - 1 - x));
      const i = (y * w + x) * 3;
      const j = (sy * w + sx) * 3;
      r.data[i] = src[j]!;
      r.data[i + 1] = src[j + 1]!;
      r.data[i + 2] = src[j + 2]!;
    }
  }
}

/** Light lines of an isometric grid (three directions, 30° apart from the horizontal), every `spacing` px. */
export function isometricGrid(r: RgbRaster, spacing: number, alpha: number): void {
  const { width: w, height: h, data: d } = r;
  const slope = Math.tan(Math.PI / 6);
  const onLine = (v: number): boolean => {
    const m = ((v % spacing) + spacing) % spacing;
    return m < 1.5 || m > spacing - 1.5;
  };
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // Vertical lines pass through the crossings of the two slanted families.
      if (!onLine(y + x * slope) && !onLine(y - x * slope) && !onLine(2 * x * slope)) continue;
      const i = (y * w + x) * 3;
      for (let c = 0; c < 3; c++) d[i + c] = d[i + c]! + (1 - d[i + c]!) * alpha;
    }
  }
}
