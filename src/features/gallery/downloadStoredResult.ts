import type { GalleryItem } from './galleryStore';

/**
 * Downloads a stored result as `gesso-<seed>.png` with its recipe in the file: the picture it keeps (an
 * "Only masked" result composited over its whole init image at `feather`, its recipe's unless given, and
 * recorded in the recipe). The chunk writer loads on the first download (download.ts): no part of the
 * first paint.
 */
export async function downloadStoredResult(
  item: Pick<GalleryItem, 'id' | 'recipe'>,
  feather = item.recipe.pasteBack?.feather ?? 0,
): Promise<void> {
  const [{ keptPng, recipeAtFeather }, { downloadResult }] = await Promise.all([
    import('./keptPng'),
    import('./download'),
  ]);
  const png = await keptPng(item, feather);
  if (png) await downloadResult(png, recipeAtFeather(item.recipe, feather));
}
