import { distance, hex, hslToRgb, rgbToHsl, type Rgb } from './colour.ts';
import { hashString } from './prng.ts';
import { COLOUR_WORDS, SCENE_WORDS, STOP_WORDS, type FormName, type Place } from './vocabulary.ts';

/** A prompt as the painter sees it (the wire's `text_prompts[]`, weight already defaulted). */
export interface PaintPrompt {
  text: string;
  weight: number;
}

export interface WeightedColour {
  rgb: Rgb;
  weight: number;
  /** Where the colour should be painted; colour words and unknown words go anywhere. */
  place: Place;
}

/** What the prompts ask of the picture: a weighted palette, forms, and tone shifts. */
export interface PromptAnalysis {
  /** Positive colours, heaviest first (at most {@link MAX_COLOURS}); never empty. */
  colours: WeightedColour[];
  /** Colours named by negative prompts, with the positive weight by which they are pushed away. */
  avoid: WeightedColour[];
  forms: ReadonlySet<FormName>;
  /** Lightness shift, about −0.35..0.3. */
  light: number;
  /** Saturation shift, −0.9..0.5 (added to a scale of 1). */
  sat: number;
}

/** Tuning: how strongly each kind of word colours the picture, relative to a plain colour word (1). */
const SCENE_INFLUENCE = 0.9;
/** Unknown words tint the picture but should never outweigh a named colour. */
const HASHED_INFLUENCE = 0.3;
/** More colours than this turns into mud; the lightest-weighted ones are dropped. */
const MAX_COLOURS = 6;
/** Palette colours closer than this (RGB distance) to an avoided colour are pushed away. */
const AVOID_RADIUS = 0.55;

/** Used when the prompts name nothing usable (e.g. only negative words): a calm dusk. */
const FALLBACK: readonly WeightedColour[] = [
  { rgb: hex('#46557d'), weight: 0.35, place: 'sky' },
  { rgb: hex('#f0aa82'), weight: 0.25, place: 'sky' },
  { rgb: hex('#a08cbe'), weight: 0.2, place: 'any' },
  { rgb: hex('#2d5a64'), weight: 0.2, place: 'land' },
];

/** A stable, moderately saturated colour for a word the vocabulary does not know. */
function hashedColour(word: string): Rgb {
  const h = hashString(word);
  const hue = (h & 0xffff) / 65536;
  const sat = 0.35 + (((h >>> 16) & 255) / 255) * 0.3;
  const light = 0.38 + (((h >>> 24) & 255) / 255) * 0.25;
  return hslToRgb([hue, sat, light]);
}

function lookupColour(word: string): string | undefined {
  return COLOUR_WORDS[word] ?? (word.endsWith('s') ? COLOUR_WORDS[word.slice(0, -1)] : undefined);
}

/** Moves `c` away from `a`: rotate the hue when both are chromatic, otherwise push the lightness. */
function pushAway(c: Rgb, a: Rgb, amount: number): Rgb {
  const hc = rgbToHsl(c);
  const ha = rgbToHsl(a);
  if (hc[1] > 0.15 && ha[1] > 0.15) {
    let dh = hc[0] - ha[0];
    if (dh > 0.5) dh -= 1;
    if (dh < -0.5) dh += 1;
    return hslToRgb([hc[0] + (dh >= 0 ? 1 : -1) * 0.12 * amount, hc[1], hc[2]]);
  }
  return hslToRgb([hc[0], hc[1], hc[2] + (hc[2] >= ha[2] ? 1 : -1) * 0.25 * amount]);
}

/**
 * Reads the prompts word by word. Colour words add their colour with the prompt's weight; scene words add
 * their palette and forms; unknown words add a hashed hue at a third of the influence. Entries are summed by
 * colour, so a negative prompt first cancels the same colour, and what is left over negative is "avoided":
 * nearby palette colours lose weight and are rotated away from it. Hashed words in negative prompts are
 * ignored (typical negatives such as "blurry" carry no colour).
 */
export function analysePrompts(prompts: readonly PaintPrompt[]): PromptAnalysis {
  const entries = new Map<string, { rgb: Rgb; weight: number; place: Place; hashed: boolean }>();
  const formWeights = new Map<FormName, number>();
  let light = 0;
  let sat = 0;
  // Keyed by colour, so the same colour from two words (or a positive and a negative prompt) sums up.
  const add = (key: string, rgb: Rgb, weight: number, place: Place, hashed: boolean): void => {
    const e = entries.get(key);
    if (!e) entries.set(key, { rgb, weight, place, hashed });
    else {
      e.weight += weight;
      if (e.place !== place) e.place = 'any';
    }
  };
  for (const prompt of prompts) {
    const w = Number.isFinite(prompt.weight) ? prompt.weight : 0;
    if (w === 0) continue;
    for (const word of prompt.text.toLowerCase().match(/[a-z]+/g) ?? []) {
      const colour = lookupColour(word);
      if (colour !== undefined) {
        add(colour, hex(colour), w, 'any', false);
        continue;
      }
      const scene = SCENE_WORDS[word];
      if (scene !== undefined) {
        for (const c of scene.colours) add(c.hex, hex(c.hex), w * c.share * SCENE_INFLUENCE, c.place, false);
        for (const f of scene.forms) formWeights.set(f, (formWeights.get(f) ?? 0) + w);
        light += w * scene.light;
        sat += w * scene.sat;
        continue;
      }
      if (word.length < 3 || STOP_WORDS.has(word)) continue;
      add(`word:${word}`, hashedColour(word), w * HASHED_INFLUENCE, 'any', true);
    }
  }

  const avoid: WeightedColour[] = [];
  let colours: WeightedColour[] = [];
  for (const e of entries.values()) {
    if (e.weight > 0) colours.push({ rgb: e.rgb, weight: e.weight, place: e.place });
    else if (e.weight < 0 && !e.hashed) avoid.push({ rgb: e.rgb, weight: -e.weight, place: e.place });
  }
  if (colours.length === 0) colours = FALLBACK.map((c) => ({ ...c }));

  for (const a of avoid) {
    const strength = Math.min(1, a.weight);
    for (const c of colours) {
      const sim = Math.max(0, 1 - distance(c.rgb, a.rgb) / AVOID_RADIUS);
      if (sim === 0) continue;
      c.weight *= Math.max(0, 1 - sim * strength);
      c.rgb = pushAway(c.rgb, a.rgb, sim * strength);
    }
  }
  colours = colours.filter((c) => c.weight > 1e-3);
  if (colours.length === 0) colours = FALLBACK.map((c) => ({ ...c }));
  // Stable sort: ties keep the prompt's word order, so the result is deterministic.
  colours.sort((a, b) => b.weight - a.weight);

  const forms = new Set<FormName>();
  for (const [f, weight] of formWeights) if (weight > 0) forms.add(f);
  return {
    colours: colours.slice(0, MAX_COLOURS),
    avoid,
    forms,
    light: Math.min(0.3, Math.max(-0.35, light)),
    sat: Math.min(0.5, Math.max(-0.9, sat)),
  };
}
