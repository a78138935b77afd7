import { create } from 'zustand';
import type {
  DeletedSnapshot,
  NewResult,
  ResultCursor,
  ResultMeta,
  ResultQuery,
  RunInputs,
  RunRecipe,
  RunRecord,
} from './db';
import { pagingActions } from './galleryPaging';
import { getGalleryRepository } from './galleryRepository';
import { resultActions } from './galleryResults';
import type { GalleryContext } from './galleryContext';
import type { UnsavedEntry } from './unsaved/unsavedRecord';
import { unsavedSlice } from './unsaved/unsavedState';

/** A result as the grid lists it: metadata only; blobs are fetched on demand (getThumb/getPng). */
export interface GalleryItem extends ResultMeta {
  /** Kept only in this tab's memory, because storage was full or unavailable when it arrived. */
  memoryOnly?: boolean;
}

/** What "Undo delete" puts back: one snapshot per repository the deleted results lived in. */
export interface DeletedBatch {
  count: number;
  stored?: DeletedSnapshot;
  memory?: DeletedSnapshot;
  /** Set by "Free space": the bytes it freed and the unsaved results then saved, which Undo unsaves again. */
  freed?: { bytes: number; savedIds: string[] };
}

export interface GalleryState {
  status: 'loading' | 'ready';
  /** What the grid lists: a prompt filter and/or favourites. */
  query: ResultQuery;
  /**
   * The loaded part of the view, newest first: stored results page by page as the grid scrolls, with the
   * unsaved ones in their place. Never all results at start (50,000 records took 1.6 s to read).
   */
  items: GalleryItem[];
  /** How many results the view has, loaded or not (the grid's scroll height); null while counting. */
  total: number | null;
  /** Every result, stored and unsaved. */
  count: number;
  /** Where the next stored page starts; null once every stored result of the view is loaded. */
  next: ResultCursor | null;
  /** Bumped by every change to a result, so views that look results up by id know to look again. */
  version: number;
  /** Results this tab holds only in memory (storage refused them), newest first; also in localStorage. */
  unsaved: UnsavedEntry[];
  /** Why they are unsaved: a full disk (freeing space helps) or storage that is gone. */
  unsavedReason: 'quota' | 'unavailable' | null;
  /** Which banner action is running ("Free space", "Download unsaved results"), if one is. */
  unsavedBusy: false | 'free-space' | 'download';
  /** Results of earlier page loads that were never saved and are gone, until the user dismisses them. */
  lastSession: UnsavedEntry[];
  /** Runs cut off by a reload, re-runnable with their recipe. */
  interruptedRuns: RunRecord[];
  /** A finished sentence about storage trouble (full, unavailable), or null. */
  storageMessage: string | null;
  /** Bytes the gallery stores (PNGs, thumbnails, inputs, draft), once known. */
  usageBytes: number | null;
  lastDeleted: DeletedBatch | null;

  /** Counts the results and reads the first page and the interrupted runs; call once at start-up. */
  load: () => Promise<void>;
  /** Lists another query (filter, favourites) from its first page. */
  setQuery: (query: ResultQuery) => Promise<void>;
  /** Loads pages until at least `minItems` are loaded or the view ends. */
  loadMore: (minItems: number) => Promise<void>;
  /** One result's metadata, loaded or not, in this view or not. */
  getMeta: (id: string) => Promise<GalleryItem | undefined>;
  /** Ids of a run's results in the current view, newest first (for "Compare" on a run). */
  runResultIds: (runId: string) => Promise<string[]>;

  /** Stores one generation's pictures (all or none); in memory when storage refuses. Newest first. */
  addResults: (batch: readonly NewResult[]) => Promise<GalleryItem[]>;
  /** Starts a run record (so a reload can offer "Re-run"); `undefined` when it could not be stored. */
  beginRun: (recipe: RunRecipe, inputs?: RunInputs) => Promise<string | undefined>;
  finishRun: (runId: string, resultIds: readonly string[]) => Promise<void>;
  failRun: (runId: string, message: string) => Promise<void>;
  dismissRun: (runId: string) => Promise<void>;
  setFavourite: (ids: readonly string[], favourite: boolean) => Promise<void>;
  /** Keeps an inpaint result at `feather` (its recipe records it: Download, "Edit on canvas"). */
  setFeather: (id: string, feather: number) => Promise<void>;
  deleteResults: (ids: readonly string[]) => Promise<void>;
  undoDelete: () => Promise<void>;
  forgetDeleted: () => void;
  dismissStorageMessage: () => void;
  getThumb: (id: string) => Promise<Blob | undefined>;
  getPng: (id: string) => Promise<Blob | undefined>;
  getInput: (hash: string) => Promise<Blob | undefined>;

  /** Deletes the oldest results that are not favourites, enough to save the unsaved ones, then saves them. */
  freeSpace: () => Promise<void>;
  /** Downloads every unsaved result as a PNG with its recipe. */
  downloadUnsaved: () => Promise<void>;
  /** Forgets the note about results an earlier page load could not save. */
  dismissLastSession: () => void;
}

/** The state of a page load before `load()`: nothing listed, nothing unsaved. Tests reset to it. */
export const EMPTY_GALLERY = {
  status: 'loading',
  query: {},
  items: [],
  total: 0,
  count: 0,
  next: null,
  version: 0,
  unsaved: [],
  unsavedReason: null,
  unsavedBusy: false,
  lastSession: [],
  interruptedRuns: [],
  storageMessage: null,
  usageBytes: null,
  lastDeleted: null,
} satisfies Partial<GalleryState>;

/**
 * The gallery's results: metadata of the loaded view in memory (zustand), blobs in the repository
 * (IndexedDB, or memory when storage is unavailable or full). Actions are async because the repository is.
 * The actions live in three files by concern (paging, results, unsaved), sharing `GalleryContext`;
 * the unsaved banner's own actions load on first use.
 */
export const useGalleryStore = create<GalleryState>()((set, get) => {
  const ctx: GalleryContext = { set, get };
  return {
    ...EMPTY_GALLERY,
    ...pagingActions(ctx),
    ...resultActions(ctx),
    ...unsavedSlice(ctx),
  };
});

// The database opens while the page boots instead of after React's first commit: the first page of results
// waits for it, and an open takes 30 ms to 300 ms. Only where there is a database (not in node tests).
if (typeof window !== 'undefined' && typeof indexedDB !== 'undefined') void getGalleryRepository();
