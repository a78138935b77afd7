import { compareNewestFirst, isPast, type ResultCursor } from './db';
import type { GalleryItem } from './galleryStore';

/**
 * Puts `incoming` into a newest-first list: an item with the same id is replaced, the order is kept. A page
 * that continues the list (the usual case while scrolling) is appended without sorting 50,000 items again.
 */
export function mergeNewestFirst(
  items: readonly GalleryItem[],
  incoming: readonly GalleryItem[],
): GalleryItem[] {
  if (incoming.length === 0) return [...items];
  const sorted = [...incoming].sort(compareNewestFirst);
  const ids = new Set(sorted.map((i) => i.id));
  const kept = items.filter((i) => !ids.has(i.id));
  const last = kept.at(-1);
  const first = sorted[0];
  if (!last || (first && compareNewestFirst(last, first) < 0)) return [...kept, ...sorted];
  return [...kept, ...sorted].sort(compareNewestFirst);
}

/**
 * True when a result falls in the part of a view that is loaded: paging has gone past its place, or reached
 * the end (`next` null). Others are listed when a page reaches them.
 */
export function isLoaded(item: { createdAt: number; seq: number }, next: ResultCursor | null): boolean {
  return next === null || !isPast(item, next);
}
