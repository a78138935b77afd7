import { clearInitImage, loadInitImage, loadMask } from '../features/canvas';
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

/** Opens a stored input (by hash) on the canvas as the init image; false when it is gone. */
async function restoreInitImage(hash: string | undefined, engineId: string): Promise<boolean> {
  if (!hash) return false;
  const blob = await useGalleryStore.getState().getInput(hash);
  if (!blob) return false;
  await loadInitImage(blob, engineId);
  return true;
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
      void restoreInitImage(item.recipe.initImageHash, item.recipe.engineId).then(async (loaded) => {
        setInitParent(loaded ? item.recipe.parentResultId : undefined);
        // The stored mask is the canvas's own export (white = repaint), so it loads back as it was painted.
        const hash = item.recipe.maskImageHash;
        const mask = loaded && hash ? await useGalleryStore.getState().getInput(hash) : undefined;
        if (mask) await loadMask(mask);
      });
    },
    onUseAsInitImage: (item) => {
      void useGalleryStore
        .getState()
        .getPng(item.id)
        .then(async (png) => {
          if (!png) return;
          await loadInitImage(png, useOptionsStore.getState().engineId);
          setInitParent(item.id);
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
        if (initImage) await loadInitImage(initImage, run.recipe.engineId);
        if (initImage && maskImage) await loadMask(maskImage);
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
