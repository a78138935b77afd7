import type { GalleryItem } from './galleryStore';
import { useGalleryStore } from './galleryStore';

/**
 * Downloads a stored result as `gesso-<seed>.png` with its recipe in the file. The chunk writer loads on
 * the first download (download.ts): no part of the first paint.
 */
export async function downloadStoredResult(item: Pick<GalleryItem, 'id' | 'recipe'>): Promise<void> {
  const [png, { downloadResult }] = await Promise.all([
    useGalleryStore.getState().getPng(item.id),
    import('./download'),
  ]);
  if (png) await downloadResult(png, item.recipe);
}
