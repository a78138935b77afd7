import type { GalleryRepository, NewResult, ResultRecord } from '../db';
import { downloadResult } from '../download';
import {
  itemsOf,
  messageOf,
  noteAdded,
  noteRemoved,
  refreshUsage,
  type GalleryContext,
} from '../galleryContext';
import { getGalleryRepository, getOverflowRepository } from '../galleryRepository';
import { formatBytes } from '../galleryRows';
import type { GalleryItem, GalleryState } from '../galleryStore';
import { bytesToFree, planFreeSpace } from './freeSpacePlan';
import { readUnsavedRecord, unsavedEntry, updateUnsavedRecord, type UnsavedEntry } from './unsavedRecord';
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

/** An unsaved result as addResults takes it again: same id, recipe, run and favourite, inputs as blobs. */
async function asNewResult(record: ResultRecord, overflow: GalleryRepository): Promise<NewResult> {
  const { recipe } = record;
  const [initImage, maskImage] = await Promise.all([
    recipe.initImageHash ? overflow.getInput(recipe.initImageHash) : undefined,
    recipe.maskImageHash ? overflow.getInput(recipe.maskImageHash) : undefined,
  ]);
  const result: NewResult = { id: record.id, png: record.png, recipe, favourite: record.favourite };
  if (initImage) result.initImage = initImage;
  if (maskImage) result.maskImage = maskImage;
  if (record.runId !== undefined) result.runId = record.runId;
  if (record.runLabel !== undefined) result.runLabel = record.runLabel;
  return result;
}

/**
 * Saves the unsaved results into storage, one by one, oldest first (and a batch last picture first, as
 * addResults writes it, so the order after a reload is the order now). Stops at the first refusal: the
 * rest stay unsaved. Returns the ids saved.
 */
export async function saveUnsaved(ctx: GalleryContext): Promise<string[]> {
  const repo = await getGalleryRepository();
  const overflow = getOverflowRepository();
  const saved: GalleryItem[] = [];
  for (const entry of [...ctx.get().unsaved].reverse()) {
    const record = await overflow.getResult(entry.id);
    if (!record) continue;
    try {
      const [meta] = await repo.addResults([await asNewResult(record, overflow)]);
      if (!meta) continue;
      saved.push(meta);
    } catch (err) {
      if (messageOf(err) !== null) break;
      continue; // This one cannot be stored as it is (a bug); it stays unsaved, the others still try.
    }
    await overflow.deleteResults([entry.id]);
  }
  const ids = saved.map((m) => m.id);
  forgetUnsaved(ctx, ids);
  noteRemoved(ctx, saved, false);
  noteAdded(ctx, saved, false);
  return ids;
}

/** Undo of "Free space", first half: the results it saved go back to memory, unsaved as they were. */
export async function undoFreeSpace(ctx: GalleryContext, savedIds: readonly string[]): Promise<void> {
  if (savedIds.length === 0) return;
  const moved = await (await getGalleryRepository()).deleteResults(savedIds);
  await getOverflowRepository().restoreResults(moved);
  const items = itemsOf(moved, true);
  keepUnsaved(ctx, items, 'quota');
  noteRemoved(ctx, items, false);
  noteAdded(ctx, items, false);
}

type UnsavedActions = Pick<GalleryState, 'freeSpace' | 'downloadUnsaved' | 'dismissLastSession'>;

/** The unsaved results' banner actions, and the note about earlier loads. */
export function unsavedActions(ctx: GalleryContext): UnsavedActions {
  const { set, get } = ctx;
  /** Runs one banner action at a time. */
  const busy = async (work: () => Promise<void>) => {
    if (get().unsaved.length === 0 || get().unsavedBusy) return;
    set({ unsavedBusy: true });
    try {
      await work();
    } finally {
      set({ unsavedBusy: false });
      void refreshUsage(ctx);
    }
  };
  return {
    freeSpace: () =>
      busy(async () => {
        const repo = await getGalleryRepository();
        const needed = bytesToFree((await getOverflowRepository().estimateUsage()).galleryBytes);
        const plan = await planFreeSpace(repo, needed);
        if (!plan.enough) {
          set({
            storageMessage: `Deleting every result that is not a favourite would free only ${formatBytes(plan.bytes)}; the unsaved results need ${formatBytes(needed)}. Download them instead.`,
          });
          return;
        }
        const snapshot = await repo.deleteResults(plan.ids);
        noteRemoved(ctx, snapshot.results);
        const savedIds = await saveUnsaved(ctx);
        set({
          lastDeleted: {
            count: snapshot.results.length,
            stored: snapshot,
            freed: { bytes: plan.bytes, savedIds },
          },
        });
      }),

    downloadUnsaved: () =>
      busy(async () => {
        const overflow = getOverflowRepository();
        const done = new Set<string>();
        for (const entry of get().unsaved) {
          const record = await overflow.getResult(entry.id);
          if (!record) continue;
          await downloadResult(record.png, record.recipe);
          done.add(entry.id);
        }
        const mark = (list: UnsavedEntry[]) =>
          list.map((e) => (done.has(e.id) ? { ...e, downloaded: true } : e));
        set((s) => ({ unsaved: mark(s.unsaved) }));
        updateUnsavedRecord(mark);
      }),

    dismissLastSession: () => {
      const ids = new Set(get().lastSession.map((e) => e.id));
      set({ lastSession: [] });
      updateUnsavedRecord((list) => list.filter((e) => !ids.has(e.id)));
    },
  };
}
