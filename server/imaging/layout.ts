import { range, type Rng } from './prng.ts';
import type { FormName } from './vocabulary.ts';

/** One silhouette band, heights in fractions of the picture height, x measured in picture heights. */
export interface RidgeLayer {
  /** Lowest point of the ridge line (0 = top, 1 = bottom). */
  base: number;
  /** How far peaks rise above the base. */
  amp: number;
  /** Noise frequency per picture height. */
  freq: number;
  phase: number;
  octaves: number;
  /** Sharp, mountain-like crests instead of rolling hills. */
  ridged: boolean;
  trees: boolean;
  snowCap: boolean;
  /** 0..1: how much the lower part of the band fades into mist. */
  fog: number;
}

export interface Blob {
  x: number;
  y: number;
  r: number;
  /** Palette ramp position of its colour. */
  t: number;
  opacity: number;
}

/** Where things go: every choice here comes from the seed (and the prompt's forms), never from the colours. */
export interface Layout {
  horizon: number;
  sun: { x: number; y: number; r: number; glow: number; visible: boolean };
  layers: RidgeLayer[];
  clouds: { threshold: number; stretch: number; top: number; bottom: number; dx: number; dy: number };
  /** Water surface (fraction of height) or null when the scene has no water. */
  waterLine: number | null;
  /** Stars per megapixel of sky. */
  starDensity: number;
  blobs: Blob[];
}

/**
 * Draws the composition from `rng`. `detail` (from steps) adds noise octaves; forms switch shapes on and off.
 * Positions are fractions of the picture, so one seed keeps its composition at every size.
 */
export function chooseLayout(rng: Rng, forms: ReadonlySet<FormName>, detail: number): Layout {
  const mountains = forms.has('mountains') || forms.has('snow');
  const water = forms.has('water');
  const dunes = forms.has('dunes');
  const horizon = range(rng, 0.42, 0.62);
  const waterLine = water ? Math.min(0.85, horizon + range(rng, 0.1, 0.2)) : null;
  const bottom = waterLine ?? 0.97;

  const n = (mountains ? 4 : 3) + Math.floor(rng() * 3);
  const layers: RidgeLayer[] = [];
  for (let i = 0; i < n; i++) {
    const depth = n === 1 ? 1 : i / (n - 1);
    const far = 1 - depth;
    const base = horizon + (bottom - horizon) * Math.pow((i + 1) / n, 1.15);
    const tall = mountains ? range(rng, 0.18, 0.32) * (0.45 + 0.55 * far) : range(rng, 0.1, 0.22);
    layers.push({
      base,
      amp: dunes ? tall * 0.6 : tall * (0.6 + 0.4 * far),
      freq: dunes ? range(rng, 0.6, 1.1) : range(rng, 1.0, 2.2) * (mountains ? 1.3 : 1),
      phase: range(rng, 0, 200),
      octaves: dunes ? 2 : detail + (mountains && far > 0.3 ? 1 : 0),
      ridged: mountains && far > 0.3,
      trees: forms.has('forest') && depth > 0.45,
      snowCap: forms.has('snow') && far > 0.3,
      fog: (forms.has('mist') ? 0.75 : 0.45) * (0.35 + 0.65 * far),
    });
  }

  const low = forms.has('sunLow');
  const moon = forms.has('moon') || forms.has('night');
  const sunR = moon ? range(rng, 0.035, 0.06) : range(rng, 0.05, 0.09);
  const sun = {
    x: range(rng, 0.15, 0.85),
    y: low ? horizon - range(rng, 0.0, 0.08) : range(rng, 0.12, Math.max(0.14, horizon - 0.2)),
    r: sunR,
    glow: (low ? 0.85 : 0.55) * (forms.has('fire') ? 1.4 : 1) * (moon ? 0.5 : 1),
    visible: !forms.has('abstract'),
  };

  const clouds = {
    threshold: forms.has('clouds') ? range(rng, 0.38, 0.48) : range(rng, 0.5, 0.62),
    stretch: range(rng, 3, 6),
    top: range(rng, 0.02, 0.15),
    bottom: horizon - range(rng, 0.02, 0.1),
    dx: range(rng, 0, 100),
    dy: range(rng, 0, 100),
  };

  const blobs: Blob[] = [];
  const blobCount = 6 + Math.floor(rng() * 5);
  for (let i = 0; i < blobCount; i++) {
    blobs.push({
      x: range(rng, -0.1, 1.1),
      y: range(rng, -0.1, 1.1),
      r: range(rng, 0.12, 0.42),
      t: rng(),
      opacity: range(rng, 0.45, 0.85),
    });
  }

  return {
    horizon,
    sun,
    layers,
    clouds,
    waterLine,
    starDensity: forms.has('stars') || forms.has('night') ? range(rng, 500, 1100) : 0,
    blobs,
  };
}
