import { OTHER_VERSION_MESSAGE, StorageQuotaError, StorageUnavailableError, toStorageError } from './errors';
import { clearDraftIdb, draftFromRows, loadDraftIdb, saveDraftIdb } from './idbDraft';
import {
  countResultsIdb,
  listChildResultsIdb,
  listInputResultsIdb,
  listResultPageIdb,
  listRunResultsIdb,
} from './idbPages';
import {
  addResultsIdb,
  deleteResultsIdb,
  getResultIdb,
  listResultMetaIdb,
  restoreResultsIdb,
  setFavouriteIdb,
  setFeatherIdb,
} from './idbResults';
import {
  dismissRunIdb,
  failRunIdb,
  finishRunIdb,
  listRunsIdb,
  markStaleRunsInterruptedIdb,
  startRunIdb,
} from './idbRuns';
import { makeThumbnail } from './makeThumbnail';
import { newId } from './newId';
import { openDatabase } from './openDatabase';
import { holdPageLoadLock, livePageLoads } from './pageLoadLock';
import { prepareResult } from './prepareResult';
import { DEFAULT_DB_NAME, type GalleryDatabase } from './schema';
import { browserStorageEstimator, usageFromTotals, withOriginEstimate } from './sumUsage';
import type { GalleryRepository, StorageEstimator, Thumbnailer } from './types';
import { readUsageTotals } from './usageCounters';

export interface GalleryRepositoryOptions {
  /** Defaults to 'gesso-gallery'. */
  dbName?: string;
  /** Defaults to the global `indexedDB`. */
  idbFactory?: IDBFactory;
  /** Defaults to makeThumbnail (browser only); node tests pass a fake. */
  thumbnailer?: Thumbnailer;
  /** Defaults to navigator.storage.estimate when present. */
  estimateStorage?: StorageEstimator;
  /**
   * Called once the connection is lost for good (another tab upgraded the schema, or the browser closed
   * it); every later call rejects with the same StorageUnavailableError. Switch to memory then.
   */
  onUnavailable?: (error: StorageUnavailableError) => void;
}

/**
 * Opens the IndexedDB gallery and marks runs left 'running' by an earlier page load 'interrupted'.
 * Open ONE repository per page load: each open counts as a new page load.
 * Rejects with StorageUnavailableError when IndexedDB is missing or refuses to open; fall back to
 * createMemoryRepository() then (openRepositoryWithFallback does exactly that).
 */
export async function openGalleryRepository(opts: GalleryRepositoryOptions = {}): Promise<GalleryRepository> {
  let closedError: StorageUnavailableError | undefined;
  const db: GalleryDatabase = await openDatabase({
    dbName: opts.dbName ?? DEFAULT_DB_NAME,
    idbFactory: opts.idbFactory,
    onLost: (reason) => {
      if (closedError) return;
      closedError =
        reason === 'versionchange'
          ? new StorageUnavailableError('closed for a newer version in another tab', {
              userMessage: OTHER_VERSION_MESSAGE,
            })
          : new StorageUnavailableError('connection closed by the browser');
      opts.onUnavailable?.(closedError);
    },
  });
  const thumbnailer = opts.thumbnailer ?? makeThumbnail;
  const estimator = opts.estimateStorage ?? browserStorageEstimator;
  // Identifies this page load, so a reload can tell its own running runs from cut-off ones.
  const pageLoadId = newId();
  const releaseLock = holdPageLoadLock(pageLoadId);

  /** Every call goes through here: typed errors out, and a clear one once the connection is gone. */
  async function guard<T>(work: () => Promise<T>): Promise<T> {
    if (closedError) throw closedError;
    try {
      return await work();
    } catch (err) {
      throw toStorageError(err);
    }
  }

  const repository: GalleryRepository = {
    kind: 'indexeddb',
    addResults: async (batch) => {
      // Thumbnails and hashes first: neither may be awaited inside the write transaction.
      const prepared = await Promise.all(batch.map((input) => prepareResult(input, thumbnailer)));
      return guard(() => addResultsIdb(db, prepared));
    },
    addResult: async (input) => {
      const [meta] = await repository.addResults([input]);
      if (!meta) throw new Error('addResults returned nothing');
      return meta;
    },
    listResultMeta: () => guard(() => listResultMetaIdb(db)),
    countResults: (query) => guard(() => countResultsIdb(db, query)),
    listResultPage: (request) => guard(() => listResultPageIdb(db, request)),
    getResultMeta: (id) => guard(() => db.get('results', id)),
    listRunResults: (runId) => guard(() => listRunResultsIdb(db, runId)),
    listChildResults: (parentId) => guard(() => listChildResultsIdb(db, parentId)),
    listInputResults: (hash) => guard(() => listInputResultsIdb(db, hash)),
    getResult: (id) => guard(() => getResultIdb(db, id)),
    getThumb: (id) =>
      guard(async () => (await db.get('thumbs', id))?.blob ?? (await db.get('pngs', id))?.blob),
    getPng: (id) => guard(async () => (await db.get('pngs', id))?.blob),
    getInput: (hash) => guard(async () => (await db.get('inputs', hash))?.blob),
    setFavourite: (id, favourite) => guard(() => setFavouriteIdb(db, id, favourite)),
    setFeather: (id, feather) => guard(() => setFeatherIdb(db, id, feather)),
    deleteResults: (ids) => guard(() => deleteResultsIdb(db, ids)),
    restoreResults: (snapshot) => guard(() => restoreResultsIdb(db, snapshot)),
    startRun: (recipe, extras = {}) => guard(() => startRunIdb(db, recipe, extras, pageLoadId)),
    finishRun: (id, resultIds) => guard(() => finishRunIdb(db, id, resultIds)),
    failRun: (id, message) => guard(() => failRunIdb(db, id, message)),
    markStaleRunsInterrupted: () =>
      guard(async () => {
        const live = await livePageLoads();
        live.add(pageLoadId);
        return markStaleRunsInterruptedIdb(db, live);
      }),
    listRuns: (status) => guard(() => listRunsIdb(db, status)),
    dismissRun: (id) => guard(() => dismissRunIdb(db, id)),
    saveDraft: (patch) => guard(() => saveDraftIdb(db, patch)),
    loadDraft: () => guard(() => loadDraftIdb(db)),
    clearDraft: () => guard(() => clearDraftIdb(db)),
    estimateUsage: () =>
      guard(async () => {
        const [totals, draftRows] = await Promise.all([readUsageTotals(db), db.getAll('draft')]);
        const usage = usageFromTotals(totals, draftFromRows(draftRows));
        return withOriginEstimate(usage, estimator);
      }),
    close: () => {
      closedError ??= new StorageUnavailableError('repository closed');
      releaseLock();
      db.close();
    },
  };
  try {
    await repository.markStaleRunsInterrupted();
  } catch (err) {
    // A full disk must not cost the whole gallery: reads still work, and the caller may retry the marking.
    if (!(err instanceof StorageQuotaError)) {
      repository.close();
      throw err;
    }
  }
  return repository;
}
