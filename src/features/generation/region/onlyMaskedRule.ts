import type { EngineSizes } from '../../../lib/api/studio';
import type { Size } from '../../../lib/pixels';

/**
 * Whether `size` is larger than anything the engine takes for its init image: its rule refuses it and it
 * has more pixels, or a longer side, than the largest size the engine lists. (A smaller odd size is for
 * the "Image size" dialog's Crop or Resize, as before.)
 */
export function largerThanModel(size: Size, sizes: EngineSizes | null): boolean {
  if (!sizes || sizes.problem(size.width, size.height) === null) return false;
  let area = 0;
  let side = 0;
  for (const [w, h] of sizes.all()) {
    area = Math.max(area, w * h);
    side = Math.max(side, w, h);
  }
  return size.width * size.height > area || Math.max(size.width, size.height) > side;
}

/**
 * "Only masked" as it applies to an image: the artist's choice when they made one, else on exactly when
 * the image is larger than the model allows (so its size is never refused).
 */
export function onlyMaskedApplies(choice: boolean | null, size: Size, sizes: EngineSizes | null): boolean {
  return choice ?? largerThanModel(size, sizes);
}
