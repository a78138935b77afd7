import { create } from 'zustand';
import {
  GalleryStorageError,
  createMemoryRepository,
  makeThumbnail,
  type DeletedSnapshot,
  type GalleryRepository,
  type NewResult,
  type ResultMeta,
  type RunInputs,
  type RunRecipe,
  type RunRecord,
} from './db';
import { getGalleryRepository, getStorageUnavailableReason } from './galleryRepository';

/** A result as the grid lists it: metadata only; blobs are fetched on demand (getThumb/getPng). */
export interface GalleryItem extends ResultMeta {
  /** Kept only in this tab's memory, because storage was full or unavailable when it arrived. */
  memoryOnly?: boolean;
}

/** What "Undo delete" puts back: one snapshot per repository the deleted results lived in. */
interface DeletedBatch {
  count: number;
  stored?: DeletedSnapshot;
  memory?: DeletedSnapshot;
}

export interface GalleryState {
  status: 'loading' | 'ready';
  /** Newest first, as after a reload. */
  items: GalleryItem[];
  /** Runs cut off by a reload, re-runnable with their recipe. */
  interruptedRuns: RunRecord[];
  /** A finished sentence about storage trouble (full, unavailable), or null. */
  storageMessage: string | null;
  /** Bytes the gallery stores (PNGs, thumbnails, inputs, draft), once known. */
  usageBytes: number | null;
  lastDeleted: DeletedBatch | null;
  /** Loads the stored results and interrupted runs; call once at start-up. */
  load: () => Promise<void>;
  /** Stores one generation's pictures (all or none); in memory when storage refuses. Newest first. */
  addResults: (batch: readonly NewResult[]) => Promise<GalleryItem[]>;
  /** Starts a run record (so a reload can offer "Re-run"); `undefined` when it could not be stored. */
  beginRun: (recipe: RunRecipe, inputs?: RunInputs) => Promise<string | undefined>;
  finishRun: (runId: string, resultIds: readonly string[]) => Promise<void>;
  failRun: (runId: string, message: string) => Promise<void>;
  dismissRun: (runId: string) => Promise<void>;
  setFavourite: (ids: readonly string[], favourite: boolean) => Promise<void>;
  deleteResults: (ids: readonly string[]) => Promise<void>;
  undoDelete: () => Promise<void>;
  forgetDeleted: () => void;
  dismissStorageMessage: () => void;
  getThumb: (id: string) => Promise<Blob | undefined>;
  getPng: (id: string) => Promise<Blob | undefined>;
  getInput: (hash: string) => Promise<Blob | undefined>;
}

// Results that could not be stored live here, so the studio keeps working (and nothing is lost) in memory.
let overflow: GalleryRepository | undefined;
function overflowRepository(): GalleryRepository {
  overflow ??= createMemoryRepository({ thumbnailer: makeThumbnail });
  return overflow;
}

function messageOf(err: unknown): string | null {
  return err instanceof GalleryStorageError ? err.userMessage : null;
}

/** Newest first: createdAt, then seq (both descending), the repository's own order. */
function byNewest(a: GalleryItem, b: GalleryItem): number {
  return b.createdAt - a.createdAt || b.seq - a.seq;
}

/**
 * The gallery's results: metadata in memory (zustand), blobs in the repository (IndexedDB, or memory when
 * storage is unavailable or full). Actions are async because the repository is.
 */
export const useGalleryStore = create<GalleryState>()((set, get) => {
  const find = (id: string) => get().items.find((i) => i.id === id);
  const repoFor = async (id: string) =>
    find(id)?.memoryOnly ? overflowRepository() : getGalleryRepository();
  const refreshUsage = async () => {
    try {
      const usage = await (await getGalleryRepository()).estimateUsage();
      set({ usageBytes: usage.galleryBytes });
    } catch {
      // Usage is a nicety; a failed estimate keeps the last figure.
    }
  };

  return {
    status: 'loading',
    items: [],
    interruptedRuns: [],
    storageMessage: null,
    usageBytes: null,
    lastDeleted: null,

    load: async () => {
      const repo = await getGalleryRepository();
      const [metas, runs] = await Promise.all([repo.listResultMeta(), repo.listRuns()]);
      const unavailable = getStorageUnavailableReason();
      set((s) => ({
        status: 'ready',
        // Anything added while loading (a very fast first run) is already in `items`.
        items: [...s.items, ...metas.filter((m) => !s.items.some((i) => i.id === m.id))].sort(byNewest),
        interruptedRuns: runs.filter((r) => r.status === 'interrupted'),
        storageMessage: unavailable ? unavailable.userMessage : s.storageMessage,
      }));
      void refreshUsage();
    },

    addResults: async (batch) => {
      let added: GalleryItem[];
      try {
        added = await (await getGalleryRepository()).addResults(batch);
      } catch (err) {
        const message = messageOf(err);
        if (message === null) throw err;
        // The repository wrote nothing (one transaction), so the whole batch goes to memory instead.
        const kept = await overflowRepository().addResults(batch);
        added = kept.map((m) => ({ ...m, memoryOnly: true }));
        set({ storageMessage: message });
      }
      set((s) => ({ items: [...added, ...s.items] }));
      void refreshUsage();
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
      set((s) => ({ items: s.items.map((i) => (wanted.has(i.id) ? { ...i, favourite } : i)) }));
      for (const id of ids) await (await repoFor(id)).setFavourite(id, favourite).catch(() => undefined);
    },

    deleteResults: async (ids) => {
      const wanted = new Set(ids);
      const targets = get().items.filter((i) => wanted.has(i.id));
      if (targets.length === 0) return;
      set((s) => ({ items: s.items.filter((i) => !wanted.has(i.id)) }));
      const memoryIds = targets.filter((t) => t.memoryOnly).map((t) => t.id);
      const storedIds = targets.filter((t) => !t.memoryOnly).map((t) => t.id);
      const batch: DeletedBatch = { count: targets.length };
      if (storedIds.length > 0) batch.stored = await (await getGalleryRepository()).deleteResults(storedIds);
      if (memoryIds.length > 0) batch.memory = await overflowRepository().deleteResults(memoryIds);
      set({ lastDeleted: batch });
      void refreshUsage();
    },

    undoDelete: async () => {
      const batch = get().lastDeleted;
      if (!batch) return;
      set({ lastDeleted: null });
      const back: GalleryItem[] = [];
      if (batch.stored) {
        await (await getGalleryRepository()).restoreResults(batch.stored);
        back.push(...batch.stored.results.map(({ png: _png, thumb: _thumb, ...meta }) => meta));
      }
      if (batch.memory) {
        await overflowRepository().restoreResults(batch.memory);
        back.push(
          ...batch.memory.results.map(({ png: _png, thumb: _thumb, ...meta }) => ({
            ...meta,
            memoryOnly: true,
          })),
        );
      }
      set((s) => ({ items: [...s.items, ...back].sort(byNewest) }));
      void refreshUsage();
    },
    forgetDeleted: () => set({ lastDeleted: null }),
    dismissStorageMessage: () => set({ storageMessage: null }),

    getThumb: async (id) => (await repoFor(id)).getThumb(id),
    getPng: async (id) => (await repoFor(id)).getPng(id),
    getInput: async (hash) =>
      (await (await getGalleryRepository()).getInput(hash)) ?? overflowRepository().getInput(hash),
  };
});
