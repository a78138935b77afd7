import { getSession } from '../session/canvasSession';
import { exactSizeProblem, maskSizeProblem } from '../sizing/maskFit';
import { showCanvasError, useCanvasDocStore } from '../store/useCanvasDocStore';
import { maskFromRgba } from './maskFromRgba';
import { ImageFileError, readImageFile } from './readImageFile';

/**
 * Decodes `file` and scales it to `width`×`height`, returning mask strengths (white = repaint; with
 * `blackRepaints`, a mask sent as MASK_IMAGE_BLACK, inverted back). A mask of another shape throws an
 * ImageFileError saying both sizes (maskSizeProblem).
 */
export async function decodeMask(
  file: Blob,
  width: number,
  height: number,
  blackRepaints = false,
): Promise<Uint8Array> {
  const { bitmap } = await readImageFile(file);
  try {
    const problem = maskSizeProblem(bitmap, { width, height });
    if (problem) throw new ImageFileError(problem);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('2D canvas unavailable');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, width, height);
    const values = maskFromRgba(ctx.getImageData(0, 0, width, height).data, width * height);
    if (blackRepaints) for (let i = 0; i < values.length; i++) values[i] = 255 - (values[i] as number);
    return values;
  } finally {
    bitmap.close();
  }
}

/** How `loadMask` reads a mask. */
export interface LoadMaskOptions {
  /** The picture is black = repaint (a mask sent with MASK_IMAGE_BLACK): inverted to open. */
  blackRepaints?: boolean;
  /**
   * Take the mask only at the image's exact size, never scaled ("Use this mask": a result's own mask is
   * put back pixel for pixel or not at all); the refusal names `exactSize`, the mask's owner ("seed 42").
   */
  exactSize?: string;
}

/**
 * Public: replaces the mask with a picture of one (white = repaint, grey = partial), scaled to the init
 * image's size when it has the same shape (unless `options.exactSize`). One undo step. Problems (no image
 * yet, the size dialog still open, a file that is not a mask of this image) show in the canvas's alert
 * and change nothing.
 */
export async function loadMask(file: Blob, options: LoadMaskOptions = {}): Promise<void> {
  if (useCanvasDocStore.getState().pending) {
    showCanvasError('Choose Crop, Resize or Cancel in the Image size dialog before loading a mask.');
    return;
  }
  const s = getSession();
  if (!s) {
    showCanvasError('Open an init image before loading a mask: a mask belongs to an image.');
    return;
  }
  let values: Uint8Array;
  try {
    if (options.exactSize !== undefined) {
      const { bitmap } = await readImageFile(file);
      const problem = exactSizeProblem(bitmap, s.image, options.exactSize);
      bitmap.close();
      if (problem) {
        showCanvasError(problem);
        return;
      }
    }
    values = await decodeMask(file, s.image.width, s.image.height, options.blackRepaints);
  } catch (e) {
    // Nothing changed, and the message says so: the mask painted so far is still there.
    showCanvasError(
      `${e instanceof ImageFileError ? e.message : 'The mask could not be opened. Try another file.'} The mask on the canvas is unchanged.`,
    );
    return;
  }
  // The image may have been replaced while the mask decoded; then this mask belongs to nothing.
  if (getSession() !== s) return;
  s.doc.replaceAll(values);
}
