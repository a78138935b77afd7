/** Gallery persistence: results, runs and the canvas draft in IndexedDB (or memory when unavailable). */
export type {
  DeletedSnapshot,
  DraftPatch,
  DraftRecord,
  GalleryRepository,
  InputRecord,
  JsonValue,
  NewResult,
  PageRequest,
  PasteBackRecipe,
  Recipe,
  ResultMeta,
  ResultCursor,
  ResultPage,
  ResultQuery,
  ResultRecord,
  RunInputs,
  RunRecipe,
  RunRecord,
  RunStatus,
  StorageEstimator,
  Thumbnailer,
  UsageEstimate,
} from './types';
export { GalleryStorageError, StorageQuotaError, StorageUnavailableError, isQuotaError } from './errors';
// Opening IndexedDB (idb, the schema and its upgrades, the queries) loads on demand through
// galleryRepository.ts: re-exported here, it would ride in the first paint's chunk. Types only.
export type { GalleryRepositoryOptions } from './openGalleryRepository';
export type { RepositoryWithFallback } from './openRepositoryWithFallback';
// createMemoryRepository is imported from its module (tests) or loaded on demand (the overflow and the
// fallback): re-exported here, it would ride in the first paint's chunk.
export type { MemoryRepositoryOptions } from './createMemoryRepository';
export { makeThumbnail, THUMBNAIL_MAX_SIDE } from './makeThumbnail';
export { isFilteredQuery, matchesFilter, queryMatcher } from './matchesFilter';
export { hashBlob } from './hashBlob';
export { compareNewestFirst, cursorOf, isPast } from './compareNewestFirst';
export { holdPageLoadLock, livePageLoads } from './pageLoadLock';
export { newId } from './newId';
