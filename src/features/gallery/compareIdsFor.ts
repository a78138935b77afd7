import type { GalleryItem } from './galleryStore';
import { useGalleryStore } from './galleryStore';
import { MAX_COMPARE } from './SelectionBar';

/**
 * What "Compare" on one result compares (newest first): the selection when the result is part of one (2
 * or more), else its run's first 9 results (read through the run index: some may not be loaded), else the result alone.
 */
export async function compareIdsFor(
  item: Pick<GalleryItem, 'id' | 'runId'>,
  selectedIds: readonly string[] = [],
): Promise<string[]> {
  if (selectedIds.includes(item.id) && selectedIds.length >= 2) return [...selectedIds];
  const run = item.runId ? await useGalleryStore.getState().runResultIds(item.runId) : [];
  return (run.length >= 2 ? run : [item.id]).slice(0, MAX_COMPARE);
}
