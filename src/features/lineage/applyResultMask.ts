import { exportInitImage, loadInitImage, loadMask } from '../canvas';
import { useGalleryStore, type GalleryItem } from '../gallery';

/**
 * "Use this mask": the exact mask an inpaint result was made with (read from the gallery by its hash) on
 * the canvas's image, as one undo step. Never scaled: a canvas image of another size keeps its mask and
 * the canvas's alert says why and what to do ("Reuse all" opens the result's own image with it). With no
 * image on the canvas there is nothing to keep: the result's own init image opens with the mask. A mask
 * stored black = repaint (sent with MASK_IMAGE_BLACK) is inverted back to how it was painted.
 */
export async function applyResultMask(item: Pick<GalleryItem, 'recipe'>): Promise<void> {
  const { recipe } = item;
  if (!recipe.maskImageHash) return;
  const gallery = useGalleryStore.getState();
  const blackRepaints = recipe.params.maskSource === 'MASK_IMAGE_BLACK';
  const open = await exportInitImage().catch(() => 'too large to send');
  if (open === null && recipe.initImageHash) {
    await loadInitImage(gallery.getInput(recipe.initImageHash), {
      mask: gallery.getInput(recipe.maskImageHash),
      maskBlackRepaints: blackRepaints,
      parentResultId: recipe.parentResultId,
    });
    return;
  }
  const mask = await gallery.getInput(recipe.maskImageHash);
  // Inputs stay stored while a result references them; an empty blob makes the canvas say it cannot open it.
  await loadMask(mask ?? new Blob([], { type: 'image/png' }), {
    blackRepaints,
    exactSize: `seed ${recipe.seed}`,
  });
}
