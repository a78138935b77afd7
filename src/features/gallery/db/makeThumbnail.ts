/** Longest side of gallery thumbnails, in pixels: sharp in a ~128 px grid cell at 2× device pixels. */
export const THUMBNAIL_MAX_SIDE = 256;

async function canvasToBlob(width: number, height: number, draw: (ctx: CanvasDrawingContext) => void) {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('2D context unavailable');
    draw(ctx);
    // WebP keeps alpha and is far smaller than PNG; browsers that cannot encode it fall back to PNG.
    return canvas.convertToBlob({ type: 'image/webp', quality: 0.82 });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D context unavailable');
  draw(ctx);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/webp', 0.82),
  );
}

type CanvasDrawingContext = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/**
 * A small preview of a PNG, made once when the result is stored so the grid never decodes full images.
 * Browser only (createImageBitmap + OffscreenCanvas, else a DOM canvas); node tests inject a fake thumbnailer.
 * Images already within `maxSide` are returned as they are.
 */
export async function makeThumbnail(png: Blob, maxSide = THUMBNAIL_MAX_SIDE): Promise<Blob> {
  if (typeof createImageBitmap !== 'function') throw new Error('createImageBitmap unavailable');
  const bitmap = await createImageBitmap(png);
  try {
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    if (scale === 1) return png;
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    return await canvasToBlob(width, height, (ctx) => {
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(bitmap, 0, 0, width, height);
    });
  } finally {
    bitmap.close();
  }
}
