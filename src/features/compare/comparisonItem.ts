import type { MaskSource } from '../../lib/api/studio';
import type { Recipe } from './diffRecipes';

/** One picture in a comparison, as the gallery hands it over. */
export interface ComparisonItem {
  id: string;
  /** Object URL of the result PNG. */
  src: string;
  seed: number;
  recipe: Recipe;
  /** Inpaints and image-to-image: object URL of the init image (shown while O is held). */
  originalSrc?: string;
  /**
   * Inpaints: the mask that was sent, so the cell can composite the result over the original and only the
   * masked area differs between cells. For INIT_IMAGE_ALPHA pass the init image's URL as `src`.
   */
  mask?: { src: string; source: MaskSource };
}
