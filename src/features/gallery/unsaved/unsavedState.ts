import { getGalleryRepository } from '../galleryRepository';
import type { GalleryContext } from '../galleryContext';
import type { GalleryItem, GalleryState } from '../galleryStore';
import { readUnsavedRecord, unsavedEntry, updateUnsavedRecord } from './unsavedRecord';
import { entriesOfGoneSessions, thisSession } from './unsavedSession';

/** Puts results on record as unsaved: in the store (banner, beforeunload) and in localStorage (next load). */
export function keepUnsaved(
  { set }: GalleryContext,
  items: readonly GalleryItem[],
  reason: 'quota' | 'unavailable',
): void {
  const session = thisSession();
  const entries = items.map((item) => unsavedEntry(item, session));
  const ids = new Set(entries.map((e) => e.id));
  set((s) => ({
    // Newest first; a batch keeps its own order (the sort is stable).
    unsaved: [...entries, ...s.unsaved.filter((e) => !ids.has(e.id))].sort((a, b) => b.at - a.at),
    unsavedReason: reason,
  }));
  updateUnsavedRecord((list) => [...list.filter((e) => !ids.has(e.id)), ...entries]);
}

/** Takes results off the record: saved after all, or deleted on purpose. */
export function forgetUnsaved({ set }: GalleryContext, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const gone = new Set(ids);
  set((s) => {
    const unsaved = s.unsaved.filter((e) => !gone.has(e.id));
    return { unsaved, unsavedReason: unsaved.length > 0 ? s.unsavedReason : null };
  });
  updateUnsavedRecord((list) => list.filter((e) => !gone.has(e.id)));
}

/**
 * Asks the next load what earlier loads could not save: entries of tabs that are gone. An entry whose
 * result is in storage after all (saved when localStorage refused to record it) is dropped, not reported.
 */
export async function reportLastSession({ set }: GalleryContext): Promise<void> {
  const repo = await getGalleryRepository();
  const gone = await entriesOfGoneSessions(readUnsavedRecord());
  const stored = await Promise.all(gone.map(async (e) => (await repo.getResultMeta(e.id)) !== undefined));
  const savedIds = new Set(gone.filter((_, i) => stored[i]).map((e) => e.id));
  if (savedIds.size > 0) updateUnsavedRecord((list) => list.filter((e) => !savedIds.has(e.id)));
  const lost = gone.filter((e) => !savedIds.has(e.id));
  if (lost.length > 0) set({ lastSession: lost });
}

type UnsavedSlice = Pick<GalleryState, 'freeSpace' | 'downloadUnsaved' | 'dismissLastSession'>;

/** The banner's actions load their code on first use (unsavedActions.ts); dismissing the note is local. */
export function unsavedSlice(ctx: GalleryContext): UnsavedSlice {
  const { set, get } = ctx;
  return {
    freeSpace: async () => (await import('./unsavedActions')).freeSpace(ctx),
    downloadUnsaved: async () => (await import('./unsavedActions')).downloadUnsaved(ctx),
    dismissLastSession: () => {
      const ids = new Set(get().lastSession.map((e) => e.id));
      set({ lastSession: [] });
      updateUnsavedRecord((list) => list.filter((e) => !ids.has(e.id)));
    },
  };
}
