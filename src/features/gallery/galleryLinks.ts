import { compareNewestFirst, type GalleryRepository, type ResultMeta } from './db';
import { getGalleryRepository, getOverflowRepository } from './galleryRepository';
import { useGalleryStore, type GalleryItem } from './galleryStore';

/** Stored plus unsaved results one repository query finds, newest first. */
async function both(read: (repo: GalleryRepository) => Promise<ResultMeta[]>): Promise<GalleryItem[]> {
  const anyUnsaved = useGalleryStore.getState().unsaved.length > 0;
  const [stored, unsaved] = await Promise.all([
    getGalleryRepository().then(read),
    anyUnsaved ? getOverflowRepository().then(read) : [],
  ]);
  // The overflow repository holds exactly the unsaved results.
  return [...stored, ...unsaved.map((m) => ({ ...m, memoryOnly: true }))].sort(compareNewestFirst);
}

/*
 * How results link to each other, whatever the view lists — for the History tree and the Masks list,
 * which read these and never every record. Plain functions rather than store actions: only views loaded on
 * demand use them, so they stay out of the first paint (README.md, "Budgets").
 */

/** Results made from result `id` (their `recipe.parentResultId`, the `byParent` index), newest first. */
export function childResults(id: string): Promise<GalleryItem[]> {
  return both((repo) => repo.listChildResults(id));
}

/** Results that used input `hash` as init image or mask (the `byInput` index), newest first. */
export function inputResults(hash: string): Promise<GalleryItem[]> {
  return both((repo) => repo.listInputResults(hash));
}
