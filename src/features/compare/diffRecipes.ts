import { DEFAULTS, type GenerationMode, type WireGenerationOptions } from '../../lib/api';
import {
  formatCfg,
  formatImageStrength,
  formatSteps,
  imageStrengthFromStart,
  tidyNumber,
} from './recipeLabels';

/** What made one picture, as the gallery records it. */
export interface Recipe {
  options: WireGenerationOptions;
  engineId: string;
  mode: GenerationMode;
}

/** One comparable property: its value per recipe (defaults filled in) and how to label it. */
interface Facet {
  value: (r: Recipe) => string | number;
  label: (r: Recipe) => string;
}

const o = (r: Recipe) => r.options;

// Seed and samples are left out on purpose: the caption shows "Seed N" itself, and samples is not a
// property of one picture.
const FACETS: Facet[] = [
  { value: (r) => r.engineId, label: (r) => r.engineId },
  { value: (r) => r.mode, label: (r) => r.mode },
  { value: (r) => `${o(r).width ?? DEFAULTS.width}×${o(r).height ?? DEFAULTS.height}`, label: sizeLabel },
  {
    value: (r) => tidyNumber(o(r).cfg_scale ?? DEFAULTS.cfg_scale),
    label: (r) => formatCfg(o(r).cfg_scale ?? DEFAULTS.cfg_scale),
  },
  { value: (r) => o(r).steps ?? DEFAULTS.steps, label: (r) => formatSteps(o(r).steps ?? DEFAULTS.steps) },
  { value: (r) => o(r).sampler ?? '', label: (r) => o(r).sampler ?? 'engine sampler' },
  {
    value: (r) => o(r).clip_guidance_preset ?? DEFAULTS.clip_guidance_preset,
    label: (r) => `CLIP ${o(r).clip_guidance_preset ?? DEFAULTS.clip_guidance_preset}`,
  },
  {
    value: (r) => (r.mode === 'text-to-image' ? '' : imageStrengthFromStart(o(r).step_schedule_start)),
    label: (r) => formatImageStrength(imageStrengthFromStart(o(r).step_schedule_start)),
  },
  {
    value: (r) =>
      r.mode === 'text-to-image' ? '' : tidyNumber(o(r).step_schedule_end ?? DEFAULTS.step_schedule_end),
    label: (r) => `schedule end ${tidyNumber(o(r).step_schedule_end ?? DEFAULTS.step_schedule_end)}`,
  },
  {
    value: (r) => (r.mode === 'masking' ? (o(r).mask_source ?? '') : ''),
    label: (r) => `mask ${o(r).mask_source ?? 'none'}`,
  },
];

function sizeLabel(r: Recipe): string {
  return `${o(r).width ?? DEFAULTS.width}×${o(r).height ?? DEFAULTS.height}`;
}

/** The words of a recipe's positive (`neg` false) or negative prompts, as a set. */
function promptWords(r: Recipe, negative: boolean): Set<string> {
  const text = r.options.text_prompts
    .filter((p) => (p.weight ?? DEFAULTS.weight) < 0 === negative)
    .map((p) => p.text)
    .join(' ');
  return new Set(text.split(/[^\p{L}\p{N}'_-]+/u).filter((w) => w.length > 0));
}

/** Word labels for one cell: words it has that not every cell has, else the words it lacks. */
function wordDiffs(sets: Array<Set<string>>, prefix: string): string[][] {
  const all = new Set(sets.flatMap((s) => [...s]));
  const common = [...all].filter((w) => sets.every((s) => s.has(w)));
  const varying = [...all].filter((w) => !common.includes(w));
  if (varying.length === 0) return sets.map(() => []);
  return sets.map((s) => {
    const added = varying.filter((w) => s.has(w));
    if (added.length > 0) return [`${prefix}${added.map((w) => `“${w}”`).join(' ')}`];
    return [`${prefix}no ${varying.map((w) => `“${w}”`).join(' ')}`];
  });
}

/**
 * For each recipe, labels for whatever differs between the recipes ("CFG 9", "steps 30", "“red”"), in a
 * fixed order; properties every recipe shares are omitted. Defaults are filled in first, so an absent
 * `cfg_scale` equals an explicit 7.
 */
export function diffRecipes(recipes: readonly Recipe[]): string[][] {
  const out: string[][] = recipes.map(() => []);
  if (recipes.length < 2) return out;
  for (const facet of FACETS) {
    const values = recipes.map(facet.value);
    if (values.every((v) => v === values[0])) continue;
    recipes.forEach((r, i) => out[i]?.push(facet.label(r)));
  }
  const words = [
    ...wordDiffs(
      recipes.map((r) => promptWords(r, false)),
      '',
    ),
    ...wordDiffs(
      recipes.map((r) => promptWords(r, true)),
      'negative ',
    ),
  ];
  words.forEach((labels, i) => out[i % recipes.length]?.push(...labels));
  return out;
}
