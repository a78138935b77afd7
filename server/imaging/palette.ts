import type { PromptAnalysis, WeightedColour } from './analysePrompts.ts';
import { hslToRgb, mixRgb, rgbToHsl, type Rgb } from './colour.ts';

/** Global tone derived from the request: cfg drives saturation/contrast, the CLIP preset a faint tint. */
export interface Tone {
  saturation: number;
  contrast: number;
  tint: Rgb | null;
  tintAmount: number;
}

/** The colour roles a picture is painted with. Every colour is already toned (saturation, contrast, tint). */
export interface Palette {
  /** Sky colour at v = 0 (top) … 1 (horizon). */
  sky(v: number): Rgb;
  /** Ridge colour for layer i of n, far (0) to near (n − 1). */
  layer(i: number, n: number): Rgb;
  /** Any palette colour, t in 0..1 across the weighted ramp (for blobs and accents). */
  accent(t: number): Rgb;
  horizon: Rgb;
  sun: Rgb;
  glow: Rgb;
  cloud: Rgb;
  mist: Rgb;
  water: Rgb;
  star: Rgb;
}

const RAMP_SIZE = 128;
/** Transition half-width between neighbouring ramp colours, in ramp entries: wide enough to avoid bands. */
const RAMP_BLEND = 12;
/** Lightness offsets per role, relative to the ramp colour: keeps a painted value structure for any hue. */
const SKY_TOP_DL = -0.12;
const HORIZON_DL = 0.2;
const FAR_LAYER_DL = 0.04;
const NEAR_LAYER_DL = -0.28;
const NIGHT_DL = -0.3;
/** Lightness above which roles are compressed (see finish()); the sun is exempt and stays the brightest. */
const SHOULDER = 0.78;

const lightness = (c: WeightedColour): number => rgbToHsl(c.rgb)[2];

/**
 * Orders the palette along one ramp: sky colours (dark to light, so the sky brightens towards the horizon),
 * then colours that may go anywhere, then land colours (light to dark, so near ridges are darkest).
 * `split` is where the sky's part ends; it is clamped so both sky and land always get a share.
 */
function orderColours(colours: readonly WeightedColour[]): { ordered: WeightedColour[]; split: number } {
  const sky = colours.filter((c) => c.place === 'sky').sort((a, b) => lightness(a) - lightness(b));
  const any = colours.filter((c) => c.place === 'any');
  const land = colours.filter((c) => c.place === 'land').sort((a, b) => lightness(b) - lightness(a));
  const weigh = (list: WeightedColour[]): number => list.reduce((s, c) => s + c.weight, 0);
  const total = weigh(sky) + weigh(any) + weigh(land);
  const split = Math.min(0.75, Math.max(0.25, (weigh(sky) + weigh(any) / 2) / total));
  return { ordered: [...sky, ...any, ...land], split };
}

/**
 * A 1-D ramp where each colour occupies a share of 0..1 equal to its weight share, with soft transitions.
 * Sampling the ramp by position is what makes a colour's area follow its weight.
 */
function buildRamp(ordered: readonly WeightedColour[]): Float32Array {
  const total = ordered.reduce((s, c) => s + c.weight, 0);
  const raw = new Float32Array(RAMP_SIZE * 3);
  let start = 0;
  for (const c of ordered) {
    const end = start + (c.weight / total) * RAMP_SIZE;
    for (let i = Math.floor(start); i < Math.min(RAMP_SIZE, Math.ceil(end)); i++) raw.set(c.rgb, i * 3);
    start = end;
  }
  const ramp = new Float32Array(raw.length);
  for (let i = 0; i < RAMP_SIZE; i++) {
    for (let k = 0; k < 3; k++) {
      let sum = 0;
      for (let j = -RAMP_BLEND; j <= RAMP_BLEND; j++) {
        sum += raw[Math.min(RAMP_SIZE - 1, Math.max(0, i + j)) * 3 + k]!;
      }
      ramp[i * 3 + k] = sum / (2 * RAMP_BLEND + 1);
    }
  }
  return ramp;
}

function sampleRamp(ramp: Float32Array, t: number): Rgb {
  const x = Math.min(1, Math.max(0, t)) * (RAMP_SIZE - 1);
  const i = Math.min(RAMP_SIZE - 2, Math.floor(x));
  const f = x - i;
  const a = i * 3;
  const b = a + 3;
  return [
    ramp[a]! + (ramp[b]! - ramp[a]!) * f,
    ramp[a + 1]! + (ramp[b + 1]! - ramp[a + 1]!) * f,
    ramp[a + 2]! + (ramp[b + 2]! - ramp[a + 2]!) * f,
  ];
}

/**
 * Turns the analysed prompt into colour roles. The sky samples the ramp's sky part, the ridges the rest, so
 * a one-colour prompt gives a one-hue picture, two equal colours split sky and land, and scene words put
 * their colours where they belong (a desert's sand on the ground, its pale blue overhead). Each role then
 * gets its own lightness offset, plus the prompt's tone words.
 */
export function buildPalette(analysis: PromptAnalysis, tone: Tone): Palette {
  const { ordered, split } = orderColours(analysis.colours);
  const ramp = buildRamp(ordered);
  const night = analysis.forms.has('night');
  const satScale = Math.max(0, tone.saturation * (1 + analysis.sat));
  const finish = (c: Rgb, dl: number, shoulder = true): Rgb => {
    const [h, s, l] = rgbToHsl(c);
    let lit = Math.min(1, Math.max(0, l + dl + analysis.light));
    // Soft shoulder: pale palettes plus the horizon's lift would otherwise burn out to flat white.
    if (shoulder && lit > SHOULDER) lit = SHOULDER + (lit - SHOULDER) * 0.45;
    let out = hslToRgb([h, s * satScale, 0.5 + (lit - 0.5) * tone.contrast]);
    if (tone.tint) out = mixRgb(out, tone.tint, tone.tintAmount);
    return out;
  };
  const nightDl = night ? NIGHT_DL : 0;
  const sky = (v: number): Rgb =>
    finish(sampleRamp(ramp, v * split), SKY_TOP_DL + (HORIZON_DL - SKY_TOP_DL) * v + nightDl);
  const horizon = sky(1);
  const land = (t: number): Rgb => sampleRamp(ramp, split + (1 - split) * t);

  // The sun takes the lightest sky-side colour, lifted towards white but keeping a trace of its hue.
  const skySide = ordered.filter((c) => c.place !== 'land');
  let lightest = (skySide[0] ?? ordered[0]!).rgb;
  for (const c of skySide) if (rgbToHsl(c.rgb)[2] > rgbToHsl(lightest)[2]) lightest = c.rgb;
  const [sh, ss, sl] = rgbToHsl(lightest);
  const sun = night
    ? hslToRgb([sh, 0.15, 0.9])
    : finish(hslToRgb([sh, ss * 0.85, Math.max(sl, 0.84)]), 0.04, false);

  return {
    sky,
    layer: (i, n) => {
      const depth = n <= 1 ? 1 : i / (n - 1);
      const base = finish(
        land((i + 0.5) / n),
        FAR_LAYER_DL + (NEAR_LAYER_DL - FAR_LAYER_DL) * depth + (night ? NIGHT_DL * 0.8 : 0),
      );
      // Aerial perspective: far ridges dissolve into the horizon haze.
      return mixRgb(base, horizon, 0.55 * (1 - depth) * (1 - depth));
    },
    accent: (t) => finish(sampleRamp(ramp, t), 0),
    horizon,
    sun,
    glow: mixRgb(sun, horizon, 0.35),
    cloud: mixRgb(finish(sampleRamp(ramp, split * 0.6), HORIZON_DL + 0.1 + nightDl * 0.7), sun, 0.25),
    mist: mixRgb(horizon, sun, 0.15),
    water: mixRgb(finish(land(0.3), -0.08 + nightDl), horizon, 0.25),
    star: [0.96, 0.96, 1],
  };
}
