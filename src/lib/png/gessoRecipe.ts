import type { NeutralRecipe } from './recipe';

/** The keyword of Gesso's own recipe chunk. */
export const GESSO_KEYWORD = 'gesso';

/**
 * The `gesso` chunk's format version. 1 (no `version` key): prompts, seed, steps, cfgScale, sampler,
 * width, height, engineId, with the picture's own size in image modes. 2: every neutral param exactly as
 * sent (no size in image modes), plus backend, mode and the input hashes; an inpaint's `onlyMasked` and
 * `feather` (how its picture was kept) since issue 11.
 */
export const GESSO_RECIPE_VERSION = 2;

/**
 * The keys of a version-2 chunk in the order they are written: what made it, then the params in the
 * order the panel shows them, then the inputs. `satisfies` keeps it complete: a recipe field without a
 * place here does not compile.
 */
export const GESSO_RECIPE_KEYS = [
  'backend',
  'mode',
  'engineId',
  'prompts',
  'width',
  'height',
  'aspectRatio',
  'steps',
  'cfgScale',
  'sampler',
  'clipGuidancePreset',
  'stylePreset',
  'samples',
  'seed',
  'imageStrength',
  'stepScheduleEnd',
  'maskSource',
  'growMask',
  'outpaint',
  'creativity',
  'upscale',
  'onlyMasked',
  'feather',
  'initImageHash',
  'maskImageHash',
] as const satisfies ReadonlyArray<keyof NeutralRecipe>;

// Compile-time check the other way round: every key of NeutralRecipe is in the list above.
type Missing = Exclude<keyof NeutralRecipe, (typeof GESSO_RECIPE_KEYS)[number]>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;

/** The JSON text for a `gesso` chunk: `{version: 2, …}` with every field the recipe has, absent ones left out. */
export function formatGessoRecipe(recipe: NeutralRecipe): string {
  const out: Record<string, unknown> = { version: GESSO_RECIPE_VERSION };
  for (const key of GESSO_RECIPE_KEYS) if (recipe[key] !== undefined) out[key] = recipe[key];
  return JSON.stringify(out);
}
