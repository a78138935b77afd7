import type { PixelImage } from './differenceImage';

/** Decodes an image URL (object URL or data URL) into an element, ready to draw. */
export function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(`Could not decode image ${src.slice(0, 60)}`));
    img.src = src;
  });
}

/** Decodes an image URL into its pixels at natural size. */
export async function loadPixels(src: string): Promise<PixelImage> {
  const img = await loadImage(src);
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('Canvas 2D is not available');
  ctx.drawImage(img, 0, 0);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

/** Paints pixels into a canvas, resizing it to fit. */
export function putPixels(canvas: HTMLCanvasElement, image: PixelImage): void {
  canvas.width = image.width;
  canvas.height = image.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.putImageData(new ImageData(image.data, image.width, image.height), 0, 0);
}
