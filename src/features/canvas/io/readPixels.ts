import type { DocPixels } from './imageSource';

/** The RGBA bytes of the image (not premultiplied), read through a canvas for this one encoding. */
export function readPixels(image: DocPixels): Uint8ClampedArray {
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  canvas.width = canvas.height = 0;
  return data;
}
