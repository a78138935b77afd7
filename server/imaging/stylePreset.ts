import type { Rgb } from './colour.ts';
import {
  blur,
  facets,
  gradientMap,
  grade,
  grain,
  ink,
  isometricGrid,
  letterbox,
  mirrorTile,
  pixelate,
  posterize,
  sharpenOrGlow,
  toRaster,
  toRgba,
  vignette,
  type RgbRaster,
} from './styleOps.ts';
import type { Rgba } from './rgba.ts';

/** Shading from the luma slope, lit from the top left: a clay or plastic look. */
function relief(r: RgbRaster, strength: number): void {
  const { width: w, height: h, data: d } = r;
  const l = (x: number, y: number): number => {
    const i = (Math.min(h - 1, Math.max(0, y)) * w + Math.min(w - 1, Math.max(0, x))) * 3;
    return 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;
  };
  const light = new Float32Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) light[y * w + x] = 1 + strength * (l(x - 2, y - 2) - l(x + 2, y + 2)) * 4;
  for (let p = 0; p < light.length; p++) for (let c = 0; c < 3; c++) d[p * 3 + c] = d[p * 3 + c]! * light[p]!;
}

const minSide = (r: RgbRaster): number => Math.min(r.width, r.height);

const NEON: readonly Rgb[] = [
  [0.04, 0.0, 0.1],
  [0.55, 0.05, 0.75],
  [1.0, 0.15, 0.6],
  [0.2, 0.95, 1.0],
];

/**
 * What each of v1's 17 style presets does to a picture: a colour grade, texture or structure of its own,
 * strong enough to see at a glance and the same for the same input (shared/API.md §v1: "the engine's
 * pictures show the preset in a visible, deterministic way").
 */
const PRESETS: Readonly<Record<string, (r: RgbRaster, seed: number) => void>> = {
  '3d-model': (r) => {
    blur(r, 2);
    grade(r, { saturation: 0.75, contrast: 1.1 });
    relief(r, 1.2);
  },
  'analog-film': (r, seed) => {
    grade(r, { saturation: 0.75, lift: 0.08, tint: [1.07, 1.0, 0.86] });
    grain(r, seed, 0.07);
    vignette(r, 0.45);
  },
  anime: (r) => {
    grade(r, { saturation: 1.4, contrast: 1.1 });
    posterize(r, 6);
    ink(r, 0.2, 0.8);
  },
  cinematic: (r) => {
    grade(r, { contrast: 1.2, shadows: [0.05, 0.3, 0.35], highlights: [1.0, 0.7, 0.4], split: 0.45 });
    vignette(r, 0.3);
    letterbox(r, 0.12);
  },
  'comic-book': (r) => {
    grade(r, { saturation: 1.5, contrast: 1.25 });
    posterize(r, 4);
    ink(r, 0.12, 1);
  },
  'digital-art': (r) => {
    grade(r, { saturation: 1.35, contrast: 1.1, tint: [0.95, 0.98, 1.12] });
    sharpenOrGlow(r, 2, 1.2);
  },
  enhance: (r) => {
    grade(r, { saturation: 1.2, contrast: 1.12 });
    sharpenOrGlow(r, 1, 0.8);
  },
  'fantasy-art': (r) => {
    grade(r, { shadows: [0.3, 0.1, 0.5], highlights: [1.0, 0.85, 0.45], split: 0.6 });
    sharpenOrGlow(r, Math.max(2, Math.round(minSide(r) / 64)), 0, 0.45);
  },
  isometric: (r) => {
    grade(r, { saturation: 1.15, contrast: 1.05 });
    isometricGrid(r, Math.max(12, Math.round(minSide(r) / 12)), 0.45);
  },
  'line-art': (r) => ink(r, 0.06, 1, true),
  'low-poly': (r) => {
    grade(r, { saturation: 1.25, contrast: 1.1 });
    facets(r, Math.max(8, Math.round(minSide(r) / 12)), 0.06);
  },
  'modeling-compound': (r) => {
    blur(r, 3);
    posterize(r, 8);
    grade(r, { saturation: 1.3 });
    relief(r, 0.6);
  },
  'neon-punk': (r) => {
    grade(r, { contrast: 1.3 });
    gradientMap(r, NEON);
    sharpenOrGlow(r, 3, 0, 0.35);
  },
  origami: (r) => {
    grade(r, { saturation: 0.7, lift: 0.12 });
    facets(r, Math.max(16, Math.round(minSide(r) / 8)), 0.12);
  },
  photographic: (r) => {
    grade(r, { saturation: 0.92, contrast: 1.15, tint: [1.03, 1.0, 0.96] });
    vignette(r, 0.3);
  },
  'pixel-art': (r) => {
    pixelate(r, Math.max(4, Math.round(minSide(r) / 64)));
    posterize(r, 5);
  },
  'tile-texture': (r) => mirrorTile(r),
};

/**
 * Applies a v1 style preset to a generated picture; `undefined` returns it as is. Unknown names are
 * refused by validation before they get here, so one is a programming error.
 */
export function applyStylePreset(img: Rgba, preset: string | undefined, seed: number): Rgba {
  if (preset === undefined) return img;
  const style = PRESETS[preset];
  if (!style) throw new RangeError(`applyStylePreset: unknown preset ${preset}`);
  const r = toRaster(img);
  style(r, seed);
  return toRgba(r);
}

/** The presets this module knows (the test checks it covers STYLE_PRESETS). */
export const STYLED_PRESETS: readonly string[] = Object.keys(PRESETS);
