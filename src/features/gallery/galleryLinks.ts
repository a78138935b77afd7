import { compareNewestFirst, type GalleryRepository, type ResultMeta } from './db';
import { hasUnsaved, type GalleryContext } from './galleryContext';
import { getGalleryRepository, getOverflowRepository } from './galleryRepository';
import type { GalleryItem, GalleryState } from './galleryStore';

type LinkActions = Pick<GalleryState, 'childResults' | 'inputResults'>;

/**
 * How results link to each other, whatever the view lists: what was made from a result (its children,
 * through the `byParent` index) and what used an input (through `byInput`). Stored and unsaved results
 * alike, newest first: the History tree and the Masks list read these, never every record.
 */
export function linkActions(ctx: GalleryContext): LinkActions {
  const both = async (read: (repo: GalleryRepository) => Promise<ResultMeta[]>): Promise<GalleryItem[]> => {
    const [stored, unsaved] = await Promise.all([
      getGalleryRepository().then(read),
      hasUnsaved(ctx) ? getOverflowRepository().then(read) : [],
    ]);
    // The overflow repository holds exactly the unsaved results.
    return [...stored, ...unsaved.map((m) => ({ ...m, memoryOnly: true }))].sort(compareNewestFirst);
  };
  return {
    childResults: (id) => both((repo) => repo.listChildResults(id)),
    inputResults: (hash) => both((repo) => repo.listInputResults(hash)),
  };
}
