import type { GalleryRepository, ResultCursor } from '../db';

/**
 * Room asked for beyond the unsaved results' own bytes: browsers count some overhead per record, and a
 * retry that fails by a few kilobytes would leave the user where they started.
 */
export const FREE_SPACE_MARGIN = { ratio: 1.1, bytes: 64 * 1024 };

/** Bytes to free so that `unsavedBytes` of results fit again, margin included. */
export function bytesToFree(unsavedBytes: number): number {
  return Math.ceil(unsavedBytes * FREE_SPACE_MARGIN.ratio) + FREE_SPACE_MARGIN.bytes;
}

export type FreeSpacePlan =
  | { enough: true; ids: string[]; bytes: number }
  /** Deleting every result but the favourites would free only `bytes`. */
  | { enough: false; bytes: number };

/** Results read per page while looking for enough old results. */
const PLAN_PAGE = 200;

/**
 * The oldest results that are not favourites, oldest first, until their PNGs and thumbnails add up to
 * `needed` bytes. Pages through the order index from the old end, so it reads only what it deletes (plus
 * the favourites it skips), never the whole gallery.
 */
export async function planFreeSpace(repo: GalleryRepository, needed: number): Promise<FreeSpacePlan> {
  const ids: string[] = [];
  let bytes = 0;
  let after: ResultCursor | undefined;
  for (;;) {
    const page = await repo.listResultPage({
      query: { favourite: false },
      order: 'oldest',
      after,
      limit: PLAN_PAGE,
    });
    for (const meta of page.items) {
      ids.push(meta.id);
      bytes += meta.pngSize + meta.thumbSize;
      if (bytes >= needed) return { enough: true, ids, bytes };
    }
    if (!page.next) return { enough: false, bytes };
    after = page.next;
  }
}
