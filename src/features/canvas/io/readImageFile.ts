import { sniffImage, type ImageKind } from './sniffImage';

export interface DecodedImage {
  bitmap: ImageBitmap;
  kind: ImageKind;
}

/** A file the studio refuses, with the message to show (what happened and what to do). */
export class ImageFileError extends Error {}

/**
 * Checks and decodes a user's image. Type comes from the bytes (PNG, JPEG, WebP, as the API decides); a
 * decode failure means the file is damaged. No limit on the file's size: a 40 MB camera file opens, and
 * the API's upload limit applies to what is sent (exportCanvasInputs), never to what is opened.
 */
export async function readImageFile(file: Blob): Promise<DecodedImage> {
  const kind = sniffImage(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
  if (!kind) {
    throw new ImageFileError(
      'That file is not a PNG, JPEG or WebP image. Choose an image in one of those formats.',
    );
  }
  try {
    // No colour conversion: the pixels sent should be the pixels in the file.
    const bitmap = await createImageBitmap(file, { colorSpaceConversion: 'none' });
    return { bitmap, kind };
  } catch {
    throw new ImageFileError(
      `The ${kind.toUpperCase()} image could not be read; the file may be damaged. Try another file.`,
    );
  }
}

/** Draws a bitmap (or a region of it, scaled to `out`) into a new canvas. */
export function rasterize(
  bitmap: ImageBitmap | HTMLCanvasElement,
  out: { width: number; height: number },
  src?: { x: number; y: number; width: number; height: number },
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = out.width;
  canvas.height = out.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.imageSmoothingQuality = 'high';
  const s = src ?? { x: 0, y: 0, width: bitmap.width, height: bitmap.height };
  ctx.drawImage(bitmap, s.x, s.y, s.width, s.height, 0, 0, out.width, out.height);
  return canvas;
}
