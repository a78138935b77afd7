import { LIMITS } from '../../../lib/api/studio';
import { sniffImage, type ImageKind } from './sniffImage';

export interface DecodedImage {
  bitmap: ImageBitmap;
  kind: ImageKind;
}

/** A file the studio refuses, with the message to show (what happened and what to do). */
export class ImageFileError extends Error {}

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Checks and decodes a user's image. Type comes from the bytes (PNG, JPEG, WebP, as the API decides);
 * size against the API's upload limit; a decode failure means the file is damaged.
 */
export async function readImageFile(file: Blob): Promise<DecodedImage> {
  if (file.size > LIMITS.imageFileMaxBytes) {
    throw new ImageFileError(
      `This image is ${mb(file.size)}; the API accepts images up to ${mb(LIMITS.imageFileMaxBytes)}. Choose a smaller file or save it as JPEG or WebP.`,
    );
  }
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
  bitmap: ImageBitmap,
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

/** True when any pixel is not fully opaque (decides whether INIT_IMAGE_ALPHA can mean anything). */
export function canvasHasAlpha(canvas: HTMLCanvasElement): boolean {
  const ctx = canvas.getContext('2d');
  if (!ctx) return false;
  const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  for (let i = 3; i < d.length; i += 4) if (d[i] !== 255) return true;
  return false;
}
