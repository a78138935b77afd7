import { create } from 'zustand';
import type { EngineSizes } from '../../../lib/api/studio';

/** Whether images keep their size: always, never, or by their size (e.g. "Only masked" when too large). */
export type KeepSize = boolean | ((size: { width: number; height: number }) => boolean);

/** `keep` answered for an image of `size`. */
export function keepsSize(keep: KeepSize, size: { width: number; height: number }): boolean {
  return typeof keep === 'function' ? keep(size) : keep;
}

interface ImageSizesState {
  /** What the selected engine accepts for an init image, or null when the API takes any size. */
  sizes: EngineSizes | null;
  /**
   * Images open at their own size (up to MAX_CANVAS_SIDE) even when `sizes` refuses it: the app sends
   * only a region of them (e.g. "Only masked"). No size dialog, no size banner.
   */
  keepSize: KeepSize;
}

/**
 * The sizes the selected engine accepts for an init image (the app passes them to CanvasArea), and
 * whether images keep their size regardless. Intake, "Image size" and the size banner read them here, so
 * no caller has to pass an engine along with every image.
 */
export const useImageSizesStore = create<ImageSizesState>()(() => ({ sizes: null, keepSize: false }));

/** The sizes in effect right now (outside React). */
export function currentImageSizes(): EngineSizes | null {
  return useImageSizesStore.getState().sizes;
}

/** Whether an image of `size` opens at its own size right now (outside React). */
export function imagesKeepSize(size: { width: number; height: number }): boolean {
  return keepsSize(useImageSizesStore.getState().keepSize, size);
}

export const useImageSizes = () => useImageSizesStore((s) => s.sizes);
export const useImagesKeepSize = () => useImageSizesStore((s) => s.keepSize);
