import { GESSO_KEYWORD } from '../../lib/png';
import type { Recipe } from './db';

/**
 * The text of a result's `gesso` chunk, exactly as its own download carries it: what an exported grid
 * stores for each of its cells, so a cell can be reproduced as its single picture can. The serializer
 * loads on first use, with the download code (it is no part of the first paint).
 */
export async function gessoRecipeText(recipe: Recipe): Promise<string | undefined> {
  const { recipeTextEntries } = await import('./recipeChunks');
  return recipeTextEntries(recipe).find((e) => e.keyword === GESSO_KEYWORD)?.text;
}
