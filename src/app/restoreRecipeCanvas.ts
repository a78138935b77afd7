import { clearInitImage, loadInitImage, loadMask } from '../features/canvas';
import { useGalleryStore } from '../features/gallery';
import type { GenerationMode } from '../lib/api/studio';

/** What a recipe says about the canvas: its mode and, for the image modes, its inputs by hash. */
export interface RecipeCanvas {
  mode: GenerationMode;
  initImageHash?: string;
  maskImageHash?: string;
  /** The gallery result the init image came from, recorded again on the canvas. */
  parentResultId?: string;
}

/** An input kept in this browser's gallery (init images and masks are stored once, by SHA-256). */
async function storedInput(hash: string | undefined): Promise<Blob | undefined> {
  return hash ? useGalleryStore.getState().getInput(hash) : undefined;
}

/**
 * Puts a recipe's canvas back, so Generate runs in its mode again: no image for text-to-image; the init
 * image from the gallery by hash for the image modes, and for an inpaint its mask (white = repaint, the
 * canvas's own export, so it loads as it was painted). Resolves with what could not be found in this
 * browser's gallery ("init image", "mask"); an upscale has no canvas and changes nothing.
 */
export async function restoreRecipeCanvas(recipe: RecipeCanvas): Promise<string[]> {
  if (recipe.mode === 'upscale') return [];
  if (recipe.mode === 'text-to-image') {
    clearInitImage();
    return [];
  }
  const init = await storedInput(recipe.initImageHash);
  if (!init) return recipe.maskImageHash ? ['init image', 'mask'] : ['init image'];
  await loadInitImage(init, { parentResultId: recipe.parentResultId });
  if (!recipe.maskImageHash) return [];
  const mask = await storedInput(recipe.maskImageHash);
  if (!mask) return ['mask'];
  await loadMask(mask);
  return [];
}
