import type { StoreApi } from 'zustand';
import {
  GalleryStorageError,
  StorageQuotaError,
  queryMatcher,
  type DeletedSnapshot,
  type GalleryRepository,
  type ResultMeta,
} from './db';
import { getGalleryRepository, getOverflowRepository } from './galleryRepository';
import type { GalleryItem, GalleryState } from './galleryStore';
import { isLoaded, mergeNewestFirst } from './galleryView';

/** What the store's action files share: zustand's set/get. */
export interface GalleryContext {
  set: StoreApi<GalleryState>['setState'];
  get: StoreApi<GalleryState>['getState'];
}

/** The message a storage failure shows, or null when it is not one (a bug, rethrown). */
export function messageOf(err: unknown): string | null {
  return err instanceof GalleryStorageError ? err.userMessage : null;
}

/** Why storage refused a write, as the unsaved banner tells it. */
export function reasonOf(err: unknown): 'quota' | 'unavailable' {
  return err instanceof StorageQuotaError ? 'quota' : 'unavailable';
}

/** True while any result is held only in memory (the overflow repository is loaded only then). */
export function hasUnsaved({ get }: GalleryContext): boolean {
  return get().unsaved.length > 0;
}

/** True when the result is held only in this tab's memory. */
export function isUnsaved({ get }: GalleryContext, id: string): boolean {
  return get().unsaved.some((e) => e.id === id);
}

/** The repository that holds a result: the overflow one for unsaved results, storage for the rest. */
export async function repoFor(ctx: GalleryContext, id: string): Promise<GalleryRepository> {
  return isUnsaved(ctx, id) ? getOverflowRepository() : getGalleryRepository();
}

/** Re-reads the usage figure (counters: cheap at any size). */
export async function refreshUsage({ set }: GalleryContext): Promise<void> {
  try {
    const usage = await (await getGalleryRepository()).estimateUsage();
    set({ usageBytes: usage.galleryBytes });
  } catch {
    // Usage is a nicety; a failed estimate keeps the last figure.
  }
}

/**
 * New results (added, restored, saved again): counted, and listed where the view has loaded their place.
 * An item already listed under the same id is replaced (e.g. an unsaved result that was saved).
 */
export function noteAdded({ set }: GalleryContext, added: readonly GalleryItem[], counted = true): void {
  set((s) => {
    const matches = queryMatcher(s.query);
    const shown = added.filter((a) => matches(a) && isLoaded(a, s.next));
    const matching = added.filter(matches).length;
    return {
      items: mergeNewestFirst(s.items, shown),
      count: counted ? s.count + added.length : s.count,
      total: counted && s.total !== null ? s.total + matching : s.total,
      version: s.version + 1,
    };
  });
}

/** Results gone from the gallery (deleted, or moved between repositories when `counted` is false). */
export function noteRemoved({ set }: GalleryContext, removed: readonly ResultMeta[], counted = true): void {
  if (removed.length === 0) return;
  const ids = new Set(removed.map((r) => r.id));
  set((s) => {
    const matching = removed.filter(queryMatcher(s.query)).length;
    return {
      items: s.items.filter((i) => !ids.has(i.id)),
      count: counted ? s.count - removed.length : s.count,
      total: counted && s.total !== null ? s.total - matching : s.total,
      version: s.version + 1,
    };
  });
}

/** A delete snapshot's results as grid items (blobs left out). */
export function itemsOf(snapshot: DeletedSnapshot, memoryOnly: boolean): GalleryItem[] {
  return snapshot.results.map(({ png: _png, thumb: _thumb, ...meta }) =>
    memoryOnly ? { ...meta, memoryOnly: true } : meta,
  );
}
