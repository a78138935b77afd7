import type { RecipePart } from '../lib/api/studio';

/**
 * The panel’s words for each part of a recipe, as the import notice lists them ("v1alpha cannot express
 * …"). Only recipeImport.ts (loaded on demand) reads them.
 */
export const RECIPE_PART_LABELS = {
  mode: 'its mode',
  width: 'Width',
  height: 'Height',
  aspectRatio: 'Aspect ratio',
  steps: 'Steps',
  cfgScale: 'CFG scale',
  sampler: 'Sampler',
  clipGuidancePreset: 'CLIP guidance',
  stylePreset: 'Style preset',
  samples: 'Samples',
  seed: 'Seed',
  imageStrength: 'Image strength',
  stepScheduleEnd: 'Step schedule end',
  maskSource: 'Mask source',
  upscale: 'Upscale size',
} as const satisfies Record<RecipePart, string>;

/** A recipe part's label; a name from a file that is no recipe part is returned as it is. */
export function recipePartLabel(part: string): string {
  return Object.hasOwn(RECIPE_PART_LABELS, part) ? RECIPE_PART_LABELS[part as RecipePart] : part;
}
