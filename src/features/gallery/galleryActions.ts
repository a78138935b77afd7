import type { GalleryItem } from './galleryStore';
import type { RunRecord } from './db';

/**
 * What the gallery asks the app to do with a result. The gallery is a leaf feature: it knows neither the
 * options store, the canvas nor the compare view, so these cross-feature actions come in as callbacks.
 */
export interface GalleryActions {
  /** Shows the result on the studio's stage (a plain click); without it a click opens the viewer. */
  onShow?: (item: GalleryItem) => void;
  onReuseSeed: (seed: number) => void;
  /** Restores every option, prompt, init image and mask of the result. */
  onReuseAll?: (item: GalleryItem) => void;
  onUseAsInitImage?: (item: GalleryItem) => void;
  /** "Use this mask": puts an inpaint result's exact mask on the canvas's image (one undo step). */
  onUseMask?: (item: GalleryItem) => void;
  /** Opens the comparison view on these results (2–9, newest first). */
  onCompare?: (ids: string[]) => void;
  /** Runs an interrupted run's recipe again. */
  onRerun?: (run: RunRecord) => void;
  /** Upscales the result (given only while the chosen API can upscale; cards show "Upscale" then). */
  onUpscale?: (item: GalleryItem) => void;
  /** Upscales it guided by a prompt (given only while the chosen API has such an upscaler). */
  onUpscaleWithPrompt?: (item: GalleryItem) => void;
}
