import { create } from 'zustand';
import type { EngineSizes } from '../../../lib/api/studio';

/**
 * The sizes the selected engine accepts for an init image (the app passes them to CanvasArea), or null when
 * the API takes any size. Intake, "Image size" and the size banner read them here, so no caller has to
 * pass an engine along with every image.
 */
export const useImageSizesStore = create<{ sizes: EngineSizes | null }>()(() => ({ sizes: null }));

/** The sizes in effect right now (outside React). */
export function currentImageSizes(): EngineSizes | null {
  return useImageSizesStore.getState().sizes;
}

export const useImageSizes = () => useImageSizesStore((s) => s.sizes);
