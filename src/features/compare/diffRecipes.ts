import { PARAM_DEFAULTS, type GenerationMode, type GenerationParams } from '../../lib/api/studio';
import { formatCfg, formatImageStrength, formatSteps, tidyNumber } from './recipeLabels';

/** What made one picture, as the gallery records it. */
export interface Recipe {
  params: GenerationParams;
  engineId: string;
  mode: GenerationMode;
}

/** Image strength a recipe was made with (an absent one: the studio's default, 0.35). */
const strengthOf = (r: Recipe): number => tidyNumber(r.params.imageStrength ?? PARAM_DEFAULTS.imageStrength);

/** One comparable property: its value per recipe (defaults filled in) and how to label it. */
interface Facet {
  value: (r: Recipe) => string | number;
  label: (r: Recipe) => string;
}

const o = (r: Recipe) => r.params;

const SIZE: Facet = {
  value: (r) => `${o(r).width ?? PARAM_DEFAULTS.width}×${o(r).height ?? PARAM_DEFAULTS.height}`,
  label: sizeLabel,
};

// Seed and samples are left out on purpose: the caption shows "Seed N" itself, and samples is not a
// property of one picture.
const FACETS: Facet[] = [
  { value: (r) => r.engineId, label: (r) => r.engineId },
  { value: (r) => r.mode, label: (r) => r.mode },
  SIZE,
  {
    value: (r) => tidyNumber(o(r).cfgScale ?? PARAM_DEFAULTS.cfgScale),
    label: (r) => formatCfg(o(r).cfgScale ?? PARAM_DEFAULTS.cfgScale),
  },
  {
    value: (r) => o(r).steps ?? PARAM_DEFAULTS.steps,
    label: (r) => formatSteps(o(r).steps ?? PARAM_DEFAULTS.steps),
  },
  { value: (r) => o(r).sampler ?? '', label: (r) => o(r).sampler ?? 'engine sampler' },
  {
    value: (r) => o(r).clipGuidancePreset ?? PARAM_DEFAULTS.clipGuidancePreset,
    label: (r) => `CLIP ${o(r).clipGuidancePreset ?? PARAM_DEFAULTS.clipGuidancePreset}`,
  },
  { value: (r) => o(r).stylePreset ?? '', label: (r) => `style ${o(r).stylePreset ?? 'none'}` },
  {
    value: (r) => (r.mode === 'text-to-image' ? '' : strengthOf(r)),
    label: (r) => formatImageStrength(strengthOf(r)),
  },
  {
    value: (r) =>
      r.mode === 'text-to-image' ? '' : tidyNumber(o(r).stepScheduleEnd ?? PARAM_DEFAULTS.stepScheduleEnd),
    label: (r) => `schedule end ${tidyNumber(o(r).stepScheduleEnd ?? PARAM_DEFAULTS.stepScheduleEnd)}`,
  },
  {
    value: (r) => (r.mode === 'masking' ? (o(r).maskSource ?? '') : ''),
    label: (r) => `mask ${o(r).maskSource ?? 'none'}`,
  },
];

function sizeLabel(r: Recipe): string {
  return `${o(r).width ?? PARAM_DEFAULTS.width}×${o(r).height ?? PARAM_DEFAULTS.height}`;
}

/** The words of a recipe's positive (`neg` false) or negative prompts, as a set. */
function promptWords(r: Recipe, negative: boolean): Set<string> {
  const text = r.params.prompts
    .filter((p) => p.weight < 0 === negative)
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
 * Every property of one recipe that applies to its mode, labelled as the comparison labels differences
 * ("stable-diffusion-v1-5", "text-to-image", "512×512", "CFG 7", "steps 30", …): a one-line summary. An
 * upscale has only its engine and mode (the sampling properties were never sent).
 */
export function describeRecipe(recipe: Recipe): string[] {
  const facets = recipe.mode === 'upscale' ? FACETS.slice(0, 2) : FACETS;
  // Image modes take the init image's size and do not record it: no size beats the default's 512×512.
  const sized = recipe.mode === 'text-to-image' || recipe.params.width !== undefined;
  return facets.filter((f) => f.value(recipe) !== '' && (f !== SIZE || sized)).map((f) => f.label(recipe));
}

/**
 * For each recipe, labels for whatever differs between the recipes ("CFG 9", "steps 30", "“red”"), in a
 * fixed order; properties every recipe shares are omitted. Defaults are filled in first, so an absent
 * CFG scale equals an explicit 7.
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
