import type { Recipe } from './db';

/**
 * The text of a result's `gesso` chunk, exactly as its own download carries it: what an exported grid
 * stores for each of its cells, so a cell can be reproduced as its single picture can. The serializer
 * loads on first use, with the download code: lib/png's writers are no part of the first paint.
 */
export async function gessoRecipeText(recipe: Recipe): Promise<string | undefined> {
  const [{ recipeTextEntries }, { GESSO_KEYWORD }] = await Promise.all([
    import('./recipeChunks'),
    import('../../lib/png/gessoRecipe'),
  ]);
  return recipeTextEntries(recipe).find((e) => e.keyword === GESSO_KEYWORD)?.text;
}
