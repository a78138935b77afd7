import type { Recipe } from './db';
import { withRecipe } from './recipeChunks';

/** The file name a result downloads as: `gesso-<seed>.png`. */
export function resultFileName(seed: number): string {
  return `gesso-${seed}.png`;
}

/** Saves a blob through a temporary link (the browser's own download flow; no extra permissions). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke after the click has been handed to the download manager.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
