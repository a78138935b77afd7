import { crop } from './crop';
import type { MaskedRegionPlan } from './planMaskedRegion';
import { resample } from './resample';
import { assertPixels, type GreyImage, type RgbaImage } from './types';

/**
 * The picture and mask to send for an "Only masked" plan: the region cropped from both, resampled to the
 * plan's `sendSize` when it differs (tent filter: an area average when shrinking, so the mask keeps grey
 * edges rather than aliasing). At scale 1 the bytes are the picture's own.
 */
export function cropForSending(
  picture: RgbaImage,
  mask: GreyImage,
  plan: Pick<MaskedRegionPlan, 'region' | 'sendSize'>,
): { image: RgbaImage; mask: GreyImage } {
  assertPixels('cropForSending picture', picture, 4);
  assertPixels('cropForSending mask', mask, 1);
  if (mask.width !== picture.width || mask.height !== picture.height) {
    throw new RangeError(
      `cropForSending: the mask is ${mask.width}×${mask.height}, the picture ${picture.width}×${picture.height}`,
    );
  }
  const { region, sendSize } = plan;
  const same = sendSize.width === region.width && sendSize.height === region.height;
  const image = crop(picture, 4, region);
  const maskCrop = crop(mask, 1, region);
  if (same) return { image, mask: maskCrop };
  return { image: resample(image, 4, sendSize), mask: resample(maskCrop, 1, sendSize) };
}
