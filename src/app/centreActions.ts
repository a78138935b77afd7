import type { GalleryActions, GalleryItem } from '../features/gallery';
import { showCanvas, showResult } from '../features/stage';

/** Recipes whose "Reuse all" opens their init image on the canvas. */
const onCanvas = (item: GalleryItem) =>
  item.recipe.mode === 'image-to-image' || item.recipe.mode === 'masking';

/**
 * The gallery's actions as the studio with a stage wires them: a click shows the result on stage, and
 * whatever opens a picture on the canvas ("Use as init image" — the stage's "Edit on canvas" — and "Reuse
 * all" of an image-mode result) or a mask ("Use this mask") brings the canvas to the centre.
 */
export function withCentre(actions: GalleryActions): GalleryActions {
  const { onUseAsInitImage, onReuseAll, onUseMask } = actions;
  return {
    ...actions,
    onShow: (item) => showResult(item.id),
    onUseAsInitImage:
      onUseAsInitImage &&
      ((item) => {
        showCanvas();
        onUseAsInitImage(item);
      }),
    // The mask lands on the canvas's image: the canvas comes to the centre to show it (or why it could not).
    onUseMask:
      onUseMask &&
      ((item) => {
        showCanvas();
        onUseMask(item);
      }),
    onReuseAll:
      onReuseAll &&
      ((item) => {
        onReuseAll(item);
        if (onCanvas(item)) showCanvas();
      }),
  };
}
