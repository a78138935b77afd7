import { loadInitImage } from '../features/canvas';
import {
  loadKeptPictures,
  useGalleryStore,
  type GalleryActions,
  type GalleryItem,
} from '../features/gallery';
import {
  applyResultRecipe,
  applyStoredRecipe,
  canUpscale,
  canUpscaleWithPrompt,
  rerunRecipe,
  reuseSeed,
  upscaleResult,
} from '../features/generation';
import { putMaskOnCanvas } from '../features/lineage';
import { useSettingsStore } from '../features/settings';
import { restoreRecipeCanvas } from './restoreRecipeCanvas';
import { useStudioView } from './studioView';

/**
 * Puts a result's recipe back to make that picture again: every option into the panel (one sample, its
 * seed), its init image and mask onto the canvas.
 */
function reuseAll(item: GalleryItem): void {
  const { recipe } = item;
  // An upscale has no panel options: there is nothing to restore but the picture itself.
  if (recipe.mode === 'upscale') return;
  applyResultRecipe(recipe);
  void restoreRecipeCanvas(recipe);
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
      // The promise, not the PNG: the canvas is busy from the click, so no stroke lands on the old image.
      // The kept picture: an "Only masked" result composited over its whole init image.
      void loadInitImage(
        loadKeptPictures().then((k) => k.keptPng(item)),
        { parentResultId: item.id },
      );
    },
    onUseMask: (item) => void putMaskOnCanvas(item),
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
