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

/** A stored result as the comparison needs it: id, seed and the recipe fields it compares. */
export interface ComparableResult {
  id: string;
  recipe: Recipe & { seed: number };
}

/**
 * A gallery result and the object URLs of its pictures (PNG, init image, mask) as one comparison item.
 * Inpaints get their mask so the cell can composite over the original; INIT_IMAGE_ALPHA sent no mask
 * part, so the init image itself (its alpha) is the mask.
 */
export function comparisonItemOf(
  result: ComparableResult,
  urls: { src: string; originalSrc?: string; maskSrc?: string },
): ComparisonItem {
  const { recipe } = result;
  const item: ComparisonItem = {
    id: result.id,
    src: urls.src,
    seed: recipe.seed,
    recipe: { params: recipe.params, engineId: recipe.engineId, mode: recipe.mode },
    originalSrc: urls.originalSrc,
  };
  const source = recipe.params.maskSource;
  if (recipe.mode === 'masking' && source) {
    const maskSrc = source === 'INIT_IMAGE_ALPHA' ? urls.originalSrc : urls.maskSrc;
    if (maskSrc) item.mask = { src: maskSrc, source };
  }
  return item;
}
