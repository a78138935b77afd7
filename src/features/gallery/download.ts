/** Downloads with the recipe written into the PNG; loaded on first download (the chunk writer is not small). */
import type { Recipe } from './db';
import { downloadBlob } from './downloadBlob';
import { withRecipe } from './recipeChunks';

/** The file name a result downloads as: `gesso-<seed>.png`. */
export function resultFileName(seed: number): string {
  return `gesso-${seed}.png`;
}

/**
 * Downloads a result with its recipe in the file (`gesso` + `parameters` chunks). A PNG the chunk writer
 * refuses (damaged) still downloads as it is: the picture matters more than its metadata.
 */
export async function downloadResult(png: Blob, recipe: Recipe): Promise<void> {
  let out: Blob = png;
  try {
    out = new Blob([withRecipe(new Uint8Array(await png.arrayBuffer()), recipe)], { type: 'image/png' });
  } catch {
    out = png;
  }
  downloadBlob(out, resultFileName(recipe.seed));
}
