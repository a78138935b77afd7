import { clearInitImage, loadInitImage, loadMask } from '../features/canvas';
import { useGalleryStore, type GalleryActions, type GalleryItem } from '../features/gallery';
import {
  applyStoredRecipe,
  canUpscale,
  canUpscaleWithPrompt,
  rerunRecipe,
  reuseSeed,
  upscaleResult,
} from '../features/generation';
import { useSettingsStore } from '../features/settings';
import { useStudioView } from './studioView';

/** Opens a stored input (by hash) on the canvas as the init image, recording its parent; false when it is gone. */
async function restoreInitImage(hash: string | undefined, parentResultId?: string): Promise<boolean> {
  if (!hash) return false;
  const blob = await useGalleryStore.getState().getInput(hash);
  if (!blob) return false;
  await loadInitImage(blob, { parentResultId });
  return true;
}

/** Puts a result's recipe back: every option into the panel, its init image and mask onto the canvas. */
function reuseAll(item: GalleryItem): void {
  const { recipe } = item;
  // An upscale has no panel options: there is nothing to restore but the picture itself.
  if (recipe.mode === 'upscale') return;
  applyStoredRecipe(recipe);
  // A text-to-image recipe had no init image: the canvas must be empty for the same mode.
  if (recipe.mode === 'text-to-image') return clearInitImage();
  void restoreInitImage(recipe.initImageHash, recipe.parentResultId).then(async (loaded) => {
    // The stored mask is the canvas's own export (white = repaint), so it loads back as it was painted.
    const hash = recipe.maskImageHash;
    const mask = loaded && hash ? await useGalleryStore.getState().getInput(hash) : undefined;
    if (mask) await loadMask(mask);
  });
}

/**
 * The gallery's cross-feature actions, wired here because the gallery is a leaf: the generation feature's
 * intents (options, Re-run and Upscale through its pipeline), the canvas, and the comparison view.
 */
export function useGalleryActions(): GalleryActions {
  // Re-rendered when the API changes, so "Upscale" appears exactly when the chosen API can upscale.
  const apiVersion = useSettingsStore((s) => s.apiVersion);
  const upscales = canUpscale(apiVersion);
  const withPrompt = canUpscaleWithPrompt(apiVersion);
  return {
    onReuseSeed: reuseSeed,
    onReuseAll: reuseAll,
    onUseAsInitImage: (item) => {
      void useGalleryStore
        .getState()
        .getPng(item.id)
        .then((png) => png && loadInitImage(png, { parentResultId: item.id }));
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
    onUpscaleWithPrompt: withPrompt
      ? (item) =>
          void useGalleryStore
            .getState()
            .getPng(item.id)
            .then((png) => png && upscaleResult(png, item.id, item.recipe.params.prompts))
      : undefined,
  };
}
