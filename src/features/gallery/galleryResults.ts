import type { DeletedSnapshot } from './db';
import {
  hasUnsaved,
  isUnsaved,
  itemsOf,
  messageOf,
  noteAdded,
  noteRemoved,
  reasonOf,
  refreshUsage,
  repoFor,
  type GalleryContext,
} from './galleryContext';
import { getGalleryRepository, getOverflowRepository } from './galleryRepository';
import type { DeletedBatch, GalleryItem, GalleryState } from './galleryStore';
import { forgetUnsaved, keepUnsaved } from './unsaved/unsavedState';

type ResultActions = Pick<
  GalleryState,
  | 'addResults'
  | 'beginRun'
  | 'finishRun'
  | 'failRun'
  | 'dismissRun'
  | 'setFavourite'
  | 'setFeather'
  | 'deleteResults'
  | 'undoDelete'
  | 'forgetDeleted'
  | 'dismissStorageMessage'
  | 'getThumb'
  | 'getPng'
  | 'getInput'
>;

/**
 * Puts a delete snapshot back in storage. When storage refuses (full again), the results go to memory as
 * unsaved instead: an undo must never be the step that loses them.
 */
async function restoreStored(ctx: GalleryContext, snapshot: DeletedSnapshot): Promise<void> {
  try {
    await (await getGalleryRepository()).restoreResults(snapshot);
    noteAdded(ctx, itemsOf(snapshot, false));
  } catch (err) {
    if (messageOf(err) === null) throw err;
    await (await getOverflowRepository()).restoreResults(snapshot);
    const items = itemsOf(snapshot, true);
    keepUnsaved(ctx, items, reasonOf(err));
    noteAdded(ctx, items);
  }
}

/** Adding, deleting (with undo), favourites, runs and blobs: what the grid and the pipeline call. */
export function resultActions(ctx: GalleryContext): ResultActions {
  const { set, get } = ctx;
  return {
    addResults: async (batch) => {
      let added: GalleryItem[];
      try {
        added = await (await getGalleryRepository()).addResults(batch);
      } catch (err) {
        if (messageOf(err) === null) throw err;
        // The repository wrote nothing (one transaction), so the whole batch goes to memory instead, on
        // record as unsaved: the banner counts it, and the next page load says if it was lost.
        const kept = await (await getOverflowRepository()).addResults(batch);
        added = kept.map((m) => ({ ...m, memoryOnly: true }));
        keepUnsaved(ctx, added, reasonOf(err));
      }
      noteAdded(ctx, added);
      void refreshUsage(ctx);
      return added;
    },

    beginRun: async (recipe, inputs) => {
      try {
        return (await (await getGalleryRepository()).startRun(recipe, inputs)).id;
      } catch (err) {
        const message = messageOf(err);
        if (message === null) throw err;
        set({ storageMessage: message });
        return undefined;
      }
    },
    finishRun: async (runId, resultIds) => {
      await (await getGalleryRepository()).finishRun(runId, resultIds).catch(() => undefined);
    },
    failRun: async (runId, message) => {
      await (await getGalleryRepository()).failRun(runId, message).catch(() => undefined);
    },
    dismissRun: async (runId) => {
      set((s) => ({ interruptedRuns: s.interruptedRuns.filter((r) => r.id !== runId) }));
      await (await getGalleryRepository()).dismissRun(runId).catch(() => undefined);
    },

    setFavourite: async (ids, favourite) => {
      const wanted = new Set(ids);
      set((s) => ({
        items: s.items.map((i) => (wanted.has(i.id) ? { ...i, favourite } : i)),
        version: s.version + 1,
      }));
      for (const id of ids) await (await repoFor(ctx, id)).setFavourite(id, favourite).catch(() => undefined);
    },

    setFeather: async (id, feather) => {
      set((s) => ({
        items: s.items.map((i) =>
          i.id === id && i.recipe.pasteBack
            ? { ...i, recipe: { ...i.recipe, pasteBack: { ...i.recipe.pasteBack, feather } } }
            : i,
        ),
        version: s.version + 1,
      }));
      await (await repoFor(ctx, id)).setFeather(id, feather).catch(() => undefined);
    },

    deleteResults: async (ids) => {
      const memoryIds = ids.filter((id) => isUnsaved(ctx, id));
      const storedIds = ids.filter((id) => !isUnsaved(ctx, id));
      // Off the grid at once; the counts follow what the repositories really deleted.
      const gone = new Set(ids);
      set((s) => ({ items: s.items.filter((i) => !gone.has(i.id)) }));
      const batch: DeletedBatch = { count: 0 };
      if (storedIds.length > 0) {
        batch.stored = await (await getGalleryRepository()).deleteResults(storedIds);
        noteRemoved(ctx, batch.stored.results);
      }
      if (memoryIds.length > 0) {
        batch.memory = await (await getOverflowRepository()).deleteResults(memoryIds);
        // Deleted on purpose: no longer work that could be lost.
        forgetUnsaved(ctx, memoryIds);
        noteRemoved(ctx, batch.memory.results);
      }
      batch.count = (batch.stored?.results.length ?? 0) + (batch.memory?.results.length ?? 0);
      if (batch.count > 0) set({ lastDeleted: batch });
      void refreshUsage(ctx);
    },

    undoDelete: async () => {
      const batch = get().lastDeleted;
      if (!batch) return;
      set({ lastDeleted: null });
      // The results "Free space" saved go back to memory first: their room is what the deleted ones need.
      if (batch.freed)
        await (await import('./unsaved/unsavedActions')).undoFreeSpace(ctx, batch.freed.savedIds);
      if (batch.stored) await restoreStored(ctx, batch.stored);
      if (batch.memory) {
        await (await getOverflowRepository()).restoreResults(batch.memory);
        const items = itemsOf(batch.memory, true);
        keepUnsaved(ctx, items, get().unsavedReason ?? 'quota');
        noteAdded(ctx, items);
      }
      void refreshUsage(ctx);
    },
    forgetDeleted: () => set({ lastDeleted: null }),
    dismissStorageMessage: () => set({ storageMessage: null }),

    getThumb: async (id) => (await repoFor(ctx, id)).getThumb(id),
    getPng: async (id) => (await repoFor(ctx, id)).getPng(id),
    getInput: async (hash) =>
      (await (await getGalleryRepository()).getInput(hash)) ??
      (hasUnsaved(ctx) ? (await getOverflowRepository()).getInput(hash) : undefined),
  };
}
