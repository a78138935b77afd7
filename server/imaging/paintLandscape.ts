import type { Layout } from './layout.ts';
import type { Noise } from './noise.ts';
import type { Palette } from './palette.ts';
import { range, type Rng } from './prng.ts';

/** Everything the landscape painter needs besides the layout and palette. */
export interface LandscapeOptions {
  noise: Noise;
  /** For star and tree placement; consumed in a fixed order so pictures stay deterministic. */
  rng: Rng;
  cloudOctaves: number;
}

/** Relative lightness swing of the brush texture on ridges (±BRUSH / 2). */
const BRUSH = 0.09;

const smooth = (t: number): number => (t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t));

/**
 * Ridge lines per layer, in pixels from the top: fractal noise, optionally ridged, then trees on top.
 * `ground` is the line without trees: mist and snow follow it, so they do not streak down every trunk.
 */
function ridgeHeights(
  width: number,
  height: number,
  layout: Layout,
  opts: LandscapeOptions,
): { heights: Float32Array; ground: Float32Array } {
  const n = layout.layers.length;
  const heights = new Float32Array(n * width);
  layout.layers.forEach((layer, i) => {
    const row = i * width;
    for (let x = 0; x < width; x++) {
      const f = opts.noise.fbm1((x / height) * layer.freq + layer.phase, layer.octaves);
      // fBm clusters around 0.5: stretch it so ridges use their full amplitude.
      let v = Math.min(1, Math.max(0, (f - 0.2) / 0.6));
      if (layer.ridged) v = Math.pow(1 - Math.abs(2 * v - 1), 1.6);
      heights[row + x] = (layer.base - layer.amp * v) * height;
    }
  });
  if (!layout.layers.some((l) => l.trees)) return { heights, ground: heights };
  const ground = heights.slice();
  layout.layers.forEach((layer, i) => {
    if (!layer.trees) return;
    const row = i * width;
    // Conifers: triangles standing on the ridge line, with gaps, bigger on nearer layers.
    const depth = n === 1 ? 1 : i / (n - 1);
    let cx = -height * 0.02;
    while (cx < width + height * 0.02) {
      const th = height * range(opts.rng, 0.025, 0.06) * (0.5 + depth);
      const hw = th * 0.32;
      if (opts.rng() < 0.8) {
        const gx = Math.min(width - 1, Math.max(0, Math.round(cx)));
        const foot = ground[row + gx]! + th * 0.1;
        for (let x = Math.max(0, Math.ceil(cx - hw)); x <= Math.min(width - 1, Math.floor(cx + hw)); x++) {
          const tip = foot - th * (1 - Math.abs(x - cx) / hw);
          if (tip < heights[row + x]!) heights[row + x] = tip;
        }
      }
      cx += hw * range(opts.rng, 1.1, 2.2);
    }
  });
  return { heights, ground };
}

/**
 * Paints sky (gradient, sun or moon with glow, clouds, stars), layered ridges with mist and snow caps, and an
 * optional mirrored water surface into `buf` (RGB floats 0..1, 3 per pixel). Ridges are composited front
 * to back with anti-aliased edges, so each pixel does only the work of the layers it actually shows.
 */
export function paintLandscape(
  buf: Float32Array,
  width: number,
  height: number,
  layout: Layout,
  palette: Palette,
  opts: LandscapeOptions,
): void {
  const { noise } = opts;
  const n = layout.layers.length;
  const { heights, ground } = ridgeHeights(width, height, layout, opts);
  const layerRgb = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) layerRgb.set(palette.layer(i, n), i * 3);
  const fog = layout.layers.map((l) => l.fog);
  const snowy = layout.layers.map((l) => l.snowCap);
  const peakness = layout.layers.map((l, i) => {
    if (!l.snowCap) return null;
    const p = new Float32Array(width);
    for (let x = 0; x < width; x++) {
      const rise = (l.base * height - ground[i * width + x]!) / (l.amp * height);
      p[x] = Math.min(1, Math.max(0, rise * 1.6 - 0.55));
    }
    return p;
  });
  const [mr, mg, mb] = palette.mist;
  const [gr, gg, gb] = palette.glow;
  const [sr0, sg0, sb0] = palette.sun;
  const [cr, cg, cb] = palette.cloud;
  const fogDepth = height * 0.16;
  // Brush strokes about a fifth of the height long and a hundredth tall.
  const brushX = 5 / height;
  const brushY = 90 / height;
  const capDepth = height * 0.05;
  const sun = layout.sun;
  const sunX = sun.x * width;
  const sunY = sun.y * height;
  const sunR = sun.r * height;
  const sunVisible = sun.visible ? 1 : 0;
  const invGlow2 = 1 / (sunR * 3.2) ** 2;
  const discR2 = (sunR + 1) ** 2;
  const cl = layout.clouds;
  const waterPx = layout.waterLine === null ? height : Math.round(layout.waterLine * height);

  for (let y = 0; y < waterPx; y++) {
    const [skyR, skyG, skyB] = palette.sky(Math.min(1, y / (layout.horizon * height)));
    const yf = y / height;
    const band = smooth((yf - cl.top) / 0.08) * (1 - smooth((yf - cl.bottom + 0.08) / 0.08));
    const dy = y - sunY;
    for (let x = 0; x < width; x++) {
      const xs = x * brushX;
      let r = 0;
      let g = 0;
      let b = 0;
      let rem = 1;
      for (let i = n - 1; i >= 0 && rem > 0; i--) {
        const cov = y - heights[i * width + x]! + 0.5;
        if (cov <= 0) continue;
        const c = cov >= 1 ? 1 : cov;
        const h = ground[i * width + x]!;
        const fogMix = fog[i]! * smooth((y - h) / fogDepth);
        let lr = layerRgb[i * 3]!;
        let lg = layerRgb[i * 3 + 1]!;
        let lb = layerRgb[i * 3 + 2]!;
        lr += (mr - lr) * fogMix;
        lg += (mg - lg) * fogMix;
        lb += (mb - lb) * fogMix;
        if (snowy[i]) {
          const m = (1 - smooth((y - h) / capDepth)) * peakness[i]![x]! * 0.85;
          lr += (0.96 - lr) * m;
          lg += (0.97 - lg) * m;
          lb += (0.99 - lb) * m;
        }
        // Brush texture: long horizontal strokes of slightly lighter or darker paint.
        const stroke = 1 + BRUSH * (noise.noise2(xs, y * brushY + i * 31.7) - 0.5);
        const k = rem * c * stroke;
        r += k * lr;
        g += k * lg;
        b += k * lb;
        rem -= rem * c;
      }
      if (rem > 0) {
        let pr = skyR;
        let pg = skyG;
        let pb = skyB;
        const dx = x - sunX;
        const d2 = dx * dx + dy * dy;
        const gl = (sun.glow * sunVisible) / (1 + d2 * invGlow2);
        pr += (gr - pr) * gl;
        pg += (gg - pg) * gl;
        pb += (gb - pb) * gl;
        if (sunVisible && d2 < discR2) {
          const dc = Math.min(1, Math.max(0, sunR - Math.sqrt(d2) + 0.5));
          pr += (sr0 - pr) * dc;
          pg += (sg0 - pg) * dc;
          pb += (sb0 - pb) * dc;
        }
        if (band > 0) {
          const v = noise.fbm2((x / height) * 2 + cl.dx, yf * 2 * cl.stretch + cl.dy, opts.cloudOctaves);
          const dens = smooth((v - cl.threshold) / 0.22) * band * 0.75;
          pr += (cr - pr) * dens;
          pg += (cg - pg) * dens;
          pb += (cb - pb) * dens;
        }
        r += rem * pr;
        g += rem * pg;
        b += rem * pb;
      }
      const o = (y * width + x) * 3;
      buf[o] = r;
      buf[o + 1] = g;
      buf[o + 2] = b;
    }
  }

  paintStars(buf, width, height, layout, palette, heights, opts.rng);
  if (waterPx < height) paintWater(buf, width, height, waterPx, palette, noise);
}

/** Sparse stars in the open sky (never on ridges or the moon), a few bright ones with a small cross. */
function paintStars(
  buf: Float32Array,
  width: number,
  height: number,
  layout: Layout,
  palette: Palette,
  heights: Float32Array,
  rng: Rng,
): void {
  const skyPx = layout.horizon * height;
  const count = Math.round((layout.starDensity * width * skyPx) / 1e6);
  const [tr, tg, tb] = palette.star;
  const sx = layout.sun.x * width;
  const sy = layout.sun.y * height;
  const keepOut = (layout.sun.r * height * 2) ** 2;
  const n = layout.layers.length;
  for (let s = 0; s < count; s++) {
    const x = Math.floor(rng() * width);
    const y = Math.floor(rng() * skyPx);
    const bright = range(rng, 0.25, 1);
    let top = height;
    for (let i = 0; i < n; i++) top = Math.min(top, heights[i * width + x]!);
    if (y > top - 3 || (x - sx) ** 2 + (y - sy) ** 2 < keepOut) continue;
    const put = (px: number, py: number, k: number): void => {
      if (px < 0 || px >= width || py < 0) return;
      const o = (py * width + px) * 3;
      buf[o] = buf[o]! + (tr - buf[o]!) * k;
      buf[o + 1] = buf[o + 1]! + (tg - buf[o + 1]!) * k;
      buf[o + 2] = buf[o + 2]! + (tb - buf[o + 2]!) * k;
    };
    put(x, y, bright);
    if (bright > 0.85) {
      put(x - 1, y, 0.35);
      put(x + 1, y, 0.35);
      put(x, y - 1, 0.35);
      put(x, y + 1, 0.35);
    }
  }
}

/** Mirrors the scene above the waterline with rippled offsets, tinted and darkening with depth. */
function paintWater(
  buf: Float32Array,
  width: number,
  height: number,
  waterPx: number,
  palette: Palette,
  noise: Noise,
): void {
  const [wr, wg, wb] = palette.water;
  const [mr, mg, mb] = palette.mist;
  const span = Math.max(1, height - waterPx);
  for (let y = waterPx; y < height; y++) {
    const t = (y - waterPx) / span;
    const srcY = Math.min(waterPx - 1, Math.max(0, 2 * waterPx - y - 1));
    const amp = height * (0.002 + 0.02 * t);
    const rowShift = (noise.noise1((y / height) * 140 + 11.5) - 0.5) * 2 * amp;
    const tint = 0.3 + 0.4 * t;
    const yn = (y / height) * 90;
    for (let x = 0; x < width; x++) {
      const xn = x / height;
      const jitter = (noise.noise2(xn * 3, yn) - 0.5) * amp;
      const sx = Math.min(width - 1, Math.max(0, Math.round(x + rowShift + jitter)));
      const so = (srcY * width + sx) * 3;
      let r = buf[so]! + (wr - buf[so]!) * tint;
      let g = buf[so + 1]! + (wg - buf[so + 1]!) * tint;
      let b = buf[so + 2]! + (wb - buf[so + 2]!) * tint;
      const streak = noise.noise2(xn * 1.5 + 50, yn) - 0.62;
      if (streak > 0) {
        const k = Math.min(0.5, streak * 1.4);
        r += (mr - r) * k;
        g += (mg - g) * k;
        b += (mb - b) * k;
      }
      const o = (y * width + x) * 3;
      buf[o] = r;
      buf[o + 1] = g;
      buf[o + 2] = b;
    }
  }
}
