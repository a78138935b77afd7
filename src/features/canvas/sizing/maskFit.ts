import type { Size } from './fitSize';

/**
 * Aspect ratios further apart than this cannot be lined up by scaling: the mask is refused. 1 % lets a mask
 * made at another resolution of the same picture through (rounding its sides), nothing that would shift.
 */
export const MASK_ASPECT_TOLERANCE = 0.01;

/**
 * Whether a mask picture of size `mask` can be the mask of an init image of size `image`: null when it is
 * the same size, or the same shape (it is then scaled to the image); otherwise the sentence saying why not,
 * with both sizes, for the canvas's alert. Pure.
 */
export function maskSizeProblem(mask: Size, image: Size): string | null {
  if (mask.width === image.width && mask.height === image.height) return null;
  const a = mask.width / mask.height;
  const b = image.width / image.height;
  if (Math.abs(a - b) / b <= MASK_ASPECT_TOLERANCE) return null;
  return `The mask is ${mask.width}×${mask.height} but the init image is ${image.width}×${image.height}; a mask must have the image's size (or its shape, to be scaled), so it cannot be lined up with it.`;
}

/**
 * Whether a stored mask (a result's own, "Use this mask") can go on an image as it is: null at exactly the
 * same size, else the sentence for the canvas's alert naming `owner` ("seed 42"), both sizes, and what to
 * do instead. Never scaled: what a result used is put back pixel for pixel or not at all. Pure.
 */
export function exactSizeProblem(mask: Size, image: Size, owner: string): string | null {
  if (mask.width === image.width && mask.height === image.height) return null;
  return `The mask of ${owner} is ${mask.width}×${mask.height} but the image on the canvas is ${image.width}×${image.height}, so it was not used. To paint with it, open its own image with “Reuse all”.`;
}
