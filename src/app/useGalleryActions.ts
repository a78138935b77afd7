import { clearInitImage, loadInitImage } from '../features/canvas';
import { useGalleryStore, type GalleryActions, type GalleryItem } from '../features/gallery';
import { applyStoredRecipe, canUpscale, rerunRecipe, reuseSeed, upscaleResult } from '../features/generation';
import { useSettingsStore } from '../features/settings';
import { useStudioView } from './studioView';

/**
 * Opens a stored input (by hash) on the canvas as the init image, recording its parent, with its stored
 * mask in the same undo step. The canvas is busy from the call, while the blobs are still being read.
 */
function restoreInitImage(
  hash: string | undefined,
  parentResultId?: string,
  maskHash?: string,
  maskBlackRepaints = false,
): void {
  if (!hash) return;
  const gallery = useGalleryStore.getState();
  void loadInitImage(gallery.getInput(hash), {
    parentResultId,
    mask: maskHash ? gallery.getInput(maskHash) : undefined,
    maskBlackRepaints,
  });
}

/** Puts a result's recipe back: every option into the panel, its init image and mask onto the canvas. */
function reuseAll(item: GalleryItem): void {
  const { recipe } = item;
  // An upscale has no panel options: there is nothing to restore but the picture itself.
  if (recipe.mode === 'upscale') return;
  applyStoredRecipe(recipe);
  // A text-to-image recipe had no init image: the canvas must be empty for the same mode.
  if (recipe.mode === 'text-to-image') return clearInitImage();
  // The stored mask is what was sent: the canvas's own export, inverted under MASK_IMAGE_BLACK, so it is
  // inverted back and loads as it was painted.
  restoreInitImage(
    recipe.initImageHash,
    recipe.parentResultId,
    recipe.maskImageHash,
    recipe.params.maskSource === 'MASK_IMAGE_BLACK',
  );
}

/**
 * The gallery's cross-feature actions, wired here because the gallery is a leaf: the generation feature's
 * intents (options, Re-run and Upscale through its pipeline), the canvas, and the comparison view.
 */
export function useGalleryActions(): GalleryActions {
  // Re-rendered when the API changes, so "Upscale" appears exactly when the chosen API can upscale.
  const upscales = canUpscale(useSettingsStore((s) => s.apiVersion));
  return {
    onReuseSeed: reuseSeed,
    onReuseAll: reuseAll,
    onUseAsInitImage: (item) => {
      // The promise, not the PNG: the canvas is busy from the click, so no stroke lands on the old image.
      void loadInitImage(useGalleryStore.getState().getPng(item.id), { parentResultId: item.id });
    },
    onCompare: (ids) => useStudioView.getState().showCompare(ids),
    onRerun: (run) => {
      const gallery = useGalleryStore.getState();
      // The panel shows what is being run again; the run itself carries its own stored inputs.
      if (run.recipe.mode !== 'upscale') applyStoredRecipe(run.recipe);
      void (async () => {
        const [initImage, maskImage] = await Promise.all([
          run.recipe.initImageHash ? gallery.getInput(run.recipe.initImageHash) : undefined,
          run.recipe.maskImageHash ? gallery.getInput(run.recipe.maskImageHash) : undefined,
        ]);
        await gallery.dismissRun(run.id);
        rerunRecipe(run.recipe, { initImage, maskImage }, run.label);
      })();
    },
    onUpscale: upscales
      ? (item) =>
          void useGalleryStore
            .getState()
            .getPng(item.id)
            .then((png) => png && upscaleResult(png, item.id))
      : undefined,
  };
}
