import { clearInitImage, loadInitImage } from '../features/canvas';
import { useGalleryStore, type GalleryActions, type GalleryItem, type RunRecord } from '../features/gallery';
import {
  generateIntoGallery,
  optionsFromStoredRecipe,
  pickOptions,
  setInitParent,
  useOptionsStore,
} from '../features/generation';
import { useApiClient } from '../features/settings';
import { useStudioView } from './studioView';

/** Puts a stored recipe's options into the panel. */
function restoreOptions(recipe: GalleryItem['recipe'] | RunRecord['recipe'], seed?: number): void {
  const current = pickOptions(useOptionsStore.getState());
  useOptionsStore.setState(optionsFromStoredRecipe(current, { ...recipe, seed }));
}

/**
 * Opens a stored input (by hash) on the canvas as the init image, with its stored mask in the same undo
 * step; false when it is gone. The canvas is busy from the call, while the blobs are still being read.
 */
function restoreInitImage(hash: string | undefined, engineId: string, maskHash?: string): Promise<boolean> {
  if (!hash) return Promise.resolve(false);
  const gallery = useGalleryStore.getState();
  return loadInitImage(gallery.getInput(hash), engineId, {
    mask: maskHash ? gallery.getInput(maskHash) : undefined,
  });
}

/**
 * The gallery's cross-feature actions, wired here because the gallery is a leaf: the options store
 * (generation), the canvas, the comparison view, and the client for "Re-run".
 */
export function useGalleryActions(): GalleryActions {
  const client = useApiClient();
  return {
    onReuseSeed: (seed) => useOptionsStore.getState().setSeed(seed),
    onReuseAll: (item) => {
      restoreOptions(item.recipe, item.recipe.seed);
      // A text-to-image recipe had no init image: the canvas must be empty for the same mode.
      if (item.recipe.mode === 'text-to-image') {
        clearInitImage();
        setInitParent(undefined);
        return;
      }
      // The stored mask is the canvas's own export (white = repaint), so it loads back as it was painted.
      const { initImageHash, engineId, maskImageHash } = item.recipe;
      void restoreInitImage(initImageHash, engineId, maskImageHash).then((loaded) => {
        setInitParent(loaded ? item.recipe.parentResultId : undefined);
      });
    },
    onUseAsInitImage: (item) => {
      // The promise, not the PNG: the canvas is busy from the click, so no stroke lands on the old image.
      const png = useGalleryStore.getState().getPng(item.id);
      void loadInitImage(png, useOptionsStore.getState().engineId).then((opened) => {
        if (opened) setInitParent(item.id);
      });
    },
    onCompare: (ids) => useStudioView.getState().showCompare(ids),
    onRerun: (run) => {
      restoreOptions(run.recipe);
      const gallery = useGalleryStore.getState();
      void (async () => {
        const [initImage, maskImage] = await Promise.all([
          run.recipe.initImageHash ? gallery.getInput(run.recipe.initImageHash) : undefined,
          run.recipe.maskImageHash ? gallery.getInput(run.recipe.maskImageHash) : undefined,
        ]);
        if (initImage) await loadInitImage(initImage, run.recipe.engineId, { mask: maskImage });
        await gallery.dismissRun(run.id);
        await generateIntoGallery(
          useGalleryStore.getState(),
          (request, signal) => client.generate(request, signal),
          {
            mode: run.recipe.mode,
            engineId: run.recipe.engineId,
            accept: 'application/json',
            options: run.recipe.options,
            initImage,
            maskImage,
          },
          undefined,
          { runLabel: run.label, parentResultId: run.recipe.parentResultId },
        ).catch(() => undefined);
      })();
    },
  };
}
