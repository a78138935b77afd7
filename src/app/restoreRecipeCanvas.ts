import { clearInitImage, loadInitImage } from '../features/canvas';
import { useGalleryStore } from '../features/gallery';
import { canvasCleared } from '../features/stage';
import type { GenerationMode } from '../lib/api/studio';

/** What a recipe says about the canvas: its mode and, for the image modes, its inputs by hash. */
export interface RecipeCanvas {
  mode: GenerationMode;
  initImageHash?: string;
  maskImageHash?: string;
  /** The gallery result the init image came from, recorded again on the canvas. */
  parentResultId?: string;
  /** Under MASK_IMAGE_BLACK the stored mask (what was sent) is the canvas's export inverted. */
  params?: { maskSource?: string };
}

/** An input kept in this browser's gallery (init images and masks are stored once, by SHA-256). */
async function storedInput(hash: string | undefined): Promise<Blob | undefined> {
  return hash ? useGalleryStore.getState().getInput(hash) : undefined;
}

/**
 * Puts a recipe's canvas back, so Generate runs in its mode again: no image for text-to-image; the init
 * image from the gallery by hash for the image modes, and for an inpaint its mask (what was sent: the
 * canvas's export, inverted under MASK_IMAGE_BLACK, so it is inverted back and loads as it was painted). Resolves with what could not be found in this
 * browser's gallery ("init image", "mask"); an upscale has no canvas and changes nothing.
 */
export async function restoreRecipeCanvas(recipe: RecipeCanvas): Promise<string[]> {
  if (recipe.mode === 'upscale') return [];
  if (recipe.mode === 'text-to-image') {
    clearInitImage();
    // A text-to-image recipe is not canvas work: the centre goes back to the rule (the stage, with a result).
    canvasCleared();
    return [];
  }
  const init = await storedInput(recipe.initImageHash);
  if (!init) return recipe.maskImageHash ? ['init image', 'mask'] : ['init image'];
  const mask = await storedInput(recipe.maskImageHash);
  // Image and mask in one undo step: Undo brings back what the canvas held before, whole.
  await loadInitImage(init, {
    parentResultId: recipe.parentResultId,
    mask,
    maskBlackRepaints: recipe.params?.maskSource === 'MASK_IMAGE_BLACK',
  });
  return recipe.maskImageHash && !mask ? ['mask'] : [];
}
