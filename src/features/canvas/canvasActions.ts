import type { CanvasDraft, DraftToRestore } from './io/canvasDraft';
import type { CanvasInputs, ExportOptions } from './io/exportCanvasInputs';
import type { MaskedRegionInputs, RegionPlan } from './io/exportMaskedRegion';
import type { Rect, Size } from '../../lib/pixels';
import type { ImageInput, LoadInitImageOptions } from './io/loadInitImage';
import type { LoadMaskOptions } from './io/loadMask';
import {
  loadCanvasEditor,
  loadedCanvasEditor,
  whenCanvasEditorLoaded,
  type CanvasEditor,
} from './loadCanvasEditor';
import { abandonImageLoads, beginImageLoad, whenImagesLoaded } from './store/imageLoads';
import { showCanvasError, useCanvasDocStore } from './store/useCanvasDocStore';

/*
 * The canvas's public functions, as facades over the editor module that loads on demand
 * (loadCanvasEditor.ts): the first paint carries these few lines, not the document, raster, encoders and
 * loaders. A function that needs the editor loads it; one that only reads what exists answers without
 * it, because nothing (no image, no mask, no draft) can exist before the editor has loaded.
 */

/** The editor, loading it if needed; when it cannot be loaded, the canvas's alert says so and this is null. */
async function editorOrAlert(): Promise<CanvasEditor | null> {
  try {
    return await loadCanvasEditor();
  } catch {
    showCanvasError('The canvas could not be loaded. Check the connection to the studio and try again.');
    return null;
  }
}

/**
 * Opens an image as the init image (loading the editor first), replacing the open one as one undo step
 * (Ctrl+Z brings back the previous image and its mask), and recording where it came from
 * (`options.parentResultId`: a gallery result). `file` may be a promise (a caller still reading it from
 * storage): the canvas is busy from this call, so a stroke meanwhile is refused visibly rather than drawn
 * on the image about to go. Refused files, and an editor that could not be loaded, get an alert and change
 * nothing; a size the selected engine refuses opens "Image size" unless images keep their size
 * (CanvasArea's `keepSize`, or `options.keepSize`). Resolves true when the image opened (or the size
 * dialog shows).
 */
export async function loadInitImage(file: ImageInput, options?: LoadInitImageOptions): Promise<boolean> {
  const load = beginImageLoad();
  try {
    const editor = await editorOrAlert();
    return editor ? await editor.loadInitImage(file, options, load) : false;
  } finally {
    load.end();
  }
}

/**
 * Removes the init image (and its mask) as one undo step; an image still loading is dropped. Without the
 * editor there is no image, so nothing loads.
 */
export function clearInitImage(): void {
  abandonImageLoads();
  loadedCanvasEditor()?.clearInitImage();
}

/**
 * Replaces the mask with a picture of one (white = repaint); one undo step. Problems show in the canvas's
 * alert and change nothing.
 */
export async function loadMask(file: Blob, options?: LoadMaskOptions): Promise<void> {
  await (await editorOrAlert())?.loadMask(file, options);
}

/**
 * The init image exactly as Generate would send it (the untouched PNG, else its PNG encoded once and
 * cached), or null without one: the same bytes, so the same hash, as the gallery stored with its results.
 * Rejects when the image is larger than the API accepts.
 */
export async function exportInitImage(): Promise<Blob | null> {
  await whenImagesLoaded();
  return (await loadedCanvasEditor()?.exportInitImage()) ?? null;
}

/**
 * Init image + mask for the request, or null when there is no init image (then nothing loads). An image
 * still loading is waited for, so what is sent is the image being opened. `maskBlackRepaints` writes the
 * mask black = repaint, for mask source MASK_IMAGE_BLACK.
 */
export async function exportCanvasInputs(options?: ExportOptions): Promise<CanvasInputs | null> {
  await whenImagesLoaded();
  return (await loadedCanvasEditor()?.exportCanvasInputs(options)) ?? null;
}

/**
 * "Only masked": the region `plan` picks around the painted mask, cut out at the size it is sent, with the
 * full picture and compressed full mask to paste the answer back into (exportMaskedRegion). Null without
 * an image or a painted mask.
 */
export async function exportMaskedRegion(
  plan: (imageSize: Size, bounds: Rect) => RegionPlan,
  options?: ExportOptions,
): Promise<MaskedRegionInputs | null> {
  await whenImagesLoaded();
  return (await loadedCanvasEditor()?.exportMaskedRegion(plan, options)) ?? null;
}

/** The painted mask's box and the image's size (bounds null: nothing painted); null without an image. */
export function maskBoundsNow(): { imageSize: Size; bounds: Rect | null } | null {
  return loadedCanvasEditor()?.maskBoundsNow() ?? null;
}

/** Outlines on the canvas the region the next request sends (null: none). Nothing to outline without the editor. */
export function showSendRegion(region: Rect | null): void {
  loadedCanvasEditor()?.showSendRegion(region);
}

/** True while a stroke is being drawn or an image loads (a good moment to postpone background work). */
export function isCanvasBusy(): boolean {
  return useCanvasDocStore.getState().loading || (loadedCanvasEditor()?.isCanvasBusy() ?? false);
}

/** The current init image, mask and view, or null when there is no init image. */
export async function getCanvasDraft(): Promise<CanvasDraft | null> {
  return (await loadedCanvasEditor()?.getCanvasDraft()) ?? null;
}

/**
 * Reopens a saved draft (loading the editor when there is an image to restore). Resolves true when an
 * image was restored; a damaged draft, or an editor that could not be loaded, restores nothing.
 */
export async function restoreCanvasDraft(draft: DraftToRestore): Promise<boolean> {
  if (!draft.initImage) return false;
  try {
    return await (await loadCanvasEditor()).restoreCanvasDraft(draft);
  } catch {
    return false;
  }
}

/**
 * Fires `cb` when the init image is replaced or removed, the mask changes (committed steps) or the view
 * moves. Subscribes once the editor has loaded (none of these can happen before) without loading it.
 * Returns the unsubscribe function.
 */
export function subscribeCanvasChanges(cb: () => void): () => void {
  let unsubscribe: (() => void) | undefined;
  const stopWaiting = whenCanvasEditorLoaded((editor) => {
    unsubscribe = editor.subscribeCanvasChanges(cb);
  });
  return () => {
    stopWaiting();
    unsubscribe?.();
  };
}

/** Saves the mask PNG (all black when empty) as a download; nothing without an init image. */
export async function downloadMask(): Promise<void> {
  await loadedCanvasEditor()?.downloadMask();
}
