import { getSession } from '../session/canvasSession';
import { showCanvasError, useCanvasDocStore } from '../store/useCanvasDocStore';
import { maskFromRgba } from './maskFromRgba';
import { ImageFileError, readImageFile } from './readImageFile';

/** Aspect ratios further apart than this cannot be lined up by scaling; the mask is refused. */
const ASPECT_TOLERANCE = 0.01;

/** Decodes `file` and scales it to `width`×`height`, returning mask strengths (white = repaint). */
export async function decodeMask(file: Blob, width: number, height: number): Promise<Uint8Array> {
  const { bitmap } = await readImageFile(file);
  try {
    const a = bitmap.width / bitmap.height;
    const b = width / height;
    if (Math.abs(a - b) / b > ASPECT_TOLERANCE) {
      throw new ImageFileError(
        `The mask is ${bitmap.width}×${bitmap.height} but the image is ${width}×${height}; it cannot be lined up with it.`,
      );
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('2D canvas unavailable');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, width, height);
    return maskFromRgba(ctx.getImageData(0, 0, width, height).data, width * height);
  } finally {
    bitmap.close();
  }
}

/**
 * Public: replaces the mask with a picture of one (white = repaint, grey = partial), scaled to the init
 * image's size when it has the same shape. One undo step. Problems (no image yet, the size dialog still
 * open, a file that is not a mask of this image) show in the canvas's alert and change nothing.
 */
export async function loadMask(file: Blob): Promise<void> {
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
    values = await decodeMask(file, s.image.width, s.image.height);
  } catch (e) {
    showCanvasError(
      e instanceof ImageFileError ? e.message : 'The mask could not be opened. Try another file.',
    );
    return;
  }
  // The image may have been replaced while the mask decoded; then this mask belongs to nothing.
  if (getSession() !== s) return;
  s.doc.replaceAll(values);
}
