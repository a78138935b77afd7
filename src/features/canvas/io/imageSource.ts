import type { CanvasExtension } from '../extend/extension';
import type { CropRect, Size } from '../sizing/fitSize';
import type { ImageKind } from './sniffImage';
import { rasterize, readImageFile } from './readImageFile';

/**
 * The init image's pixels, decoded once: the file's own ImageBitmap when it opened at its size (no
 * second full-resolution copy), a canvas when the size dialog cropped or resized it.
 */
export type DocPixels = ImageBitmap | HTMLCanvasElement;

/**
 * Where a document's pixels come from, compact enough to keep in the undo history: the file's bytes
 * (which live in the browser's blob store, not the page's heap) and, after "Crop" or "Resize", the
 * region drawn from them. Decoding it again gives the same pixels.
 */
export interface ImageSource {
  blob: Blob;
  kind: ImageKind;
  /** `src` of the decoded file drawn at `out` (rasterize); absent when the file opened as it is. */
  region?: { out: Size; src?: CropRect };
  /**
   * The gallery result the image is (Use as init image, Reuse all): results made from it record it as
   * their parent. Kept through Crop/Resize and undo, like the rest of the source.
   */
  parentResultId?: string;
  /** "Extend canvas" made this picture by adding these margins around the one before. */
  extension?: CanvasExtension;
}

/** The original file when it is a PNG shown as it is: sent and saved byte for byte. */
export function untouchedPng(source: ImageSource): Blob | null {
  return source.kind === 'png' && !source.region ? source.blob : null;
}

/** Decodes a source back to its pixels (undo/redo of a replaced image). */
export async function decodeSource(source: ImageSource): Promise<DocPixels> {
  const { bitmap } = await readImageFile(source.blob);
  if (!source.region) return bitmap;
  const canvas = rasterize(bitmap, source.region.out, source.region.src);
  bitmap.close();
  return canvas;
}

/** Rows read per band by `pixelsHaveAlpha`: ~4 MB of RGBA at 4096 px wide. */
const ALPHA_BAND_BYTES = 4 * 1024 * 1024;

/**
 * True when any pixel is not fully opaque (decides whether INIT_IMAGE_ALPHA can mean anything). Reads the
 * picture in bands through one small canvas, yielding between them: a 24-megapixel image never gets a
 * second full-size copy, nor a long task.
 */
export async function pixelsHaveAlpha(pixels: DocPixels): Promise<boolean> {
  const { width, height } = pixels;
  const rows = Math.max(1, Math.min(height, Math.floor(ALPHA_BAND_BYTES / (4 * width))));
  const band = document.createElement('canvas');
  band.width = width;
  band.height = rows;
  const ctx = band.getContext('2d', { willReadFrequently: true });
  if (!ctx) return false;
  for (let y = 0; y < height; y += rows) {
    const h = Math.min(rows, height - y);
    ctx.clearRect(0, 0, width, rows);
    ctx.drawImage(pixels, 0, y, width, h, 0, 0, width, h);
    const d = ctx.getImageData(0, 0, width, h).data;
    for (let i = 3; i < d.length; i += 4) if (d[i] !== 255) return true;
    if (y + rows < height) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return false;
}
