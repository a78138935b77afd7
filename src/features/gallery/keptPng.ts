import type { ComposeSource } from '../../lib/pixels';
import type { Recipe } from './db';
import type { GalleryItem } from './galleryStore';
import { useGalleryStore } from './galleryStore';

/**
 * What a stored "Only masked" result is made of — its init image, mask, answer and region — for the
 * compose worker; null for any other result, or one whose inputs are gone.
 */
export async function composeSourceOf(
  item: Pick<GalleryItem, 'id' | 'recipe'>,
): Promise<ComposeSource | null> {
  const { recipe } = item;
  if (!recipe.pasteBack || !recipe.initImageHash || !recipe.maskImageHash) return null;
  const gallery = useGalleryStore.getState();
  const [original, mask, answer] = await Promise.all([
    gallery.getInput(recipe.initImageHash),
    gallery.getInput(recipe.maskImageHash),
    gallery.getPng(item.id),
  ]);
  if (!original || !mask || !answer) return null;
  return {
    original,
    mask,
    answer,
    region: recipe.pasteBack.region,
    maskBlackRepaints: recipe.params.maskSource === 'MASK_IMAGE_BLACK',
  };
}

/** The recipe with the feather the kept picture was composited at. */
export function recipeAtFeather(recipe: Recipe, feather: number): Recipe {
  return recipe.pasteBack ? { ...recipe, pasteBack: { ...recipe.pasteBack, feather } } : recipe;
}

/**
 * The picture a result keeps — what Download and "Edit on canvas" use: for an inpaint the engine's answer
 * composited over the whole init image at `feather` (its recipe's unless given), made in a worker (decode,
 * blend, PNG) so the main thread never waits on 24 megapixels; else, and for an inpaint of the whole image
 * at feather 0, the stored PNG.
 */
export async function keptPng(
  item: Pick<GalleryItem, 'id' | 'recipe'>,
  feather = item.recipe.pasteBack?.feather ?? 0,
): Promise<Blob | undefined> {
  // An inpaint of the whole image at feather 0 is the engine's own picture, byte for byte.
  const asMade = !item.recipe.pasteBack?.onlyMasked && feather === 0;
  const source = asMade ? null : await composeSourceOf(item);
  if (!source) return useGalleryStore.getState().getPng(item.id);
  const { composePng } = await import('../../lib/pixels/createComposer');
  return composePng(source, feather);
}
