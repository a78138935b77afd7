import type { NeutralRecipe } from './recipe';

/** The keyword of Gesso's own recipe chunk. */
export const GESSO_KEYWORD = 'gesso';

/** The JSON text for a `gesso` chunk of a recipe (only the generic fields, absent ones left out). */
export function formatGessoRecipe(recipe: NeutralRecipe): string {
  const { prompts, seed, steps, cfgScale, sampler, width, height, engineId } = recipe;
  return JSON.stringify({ prompts, seed, steps, cfgScale, sampler, width, height, engineId });
}
