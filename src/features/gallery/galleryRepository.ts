import { makeThumbnail, type GalleryRepository, type StorageUnavailableError, type Thumbnailer } from './db';

export type { GalleryRepository } from './db';

let opening: Promise<GalleryRepository> | undefined;
let overflow: Promise<GalleryRepository> | undefined;
let overflowThumbnailer: Thumbnailer = makeThumbnail;
let unavailableReason: StorageUnavailableError | undefined;
const unavailableListeners = new Set<(error: StorageUnavailableError) => void>();

function noteUnavailable(error: StorageUnavailableError): void {
  unavailableReason = error;
  for (const listener of unavailableListeners) listener(error);
}

let databaseModule: Promise<typeof import('./db/openRepositoryWithFallback')> | undefined;

/**
 * Starts fetching the IndexedDB code (its own chunk) without opening anything. main.tsx calls it before the
 * first render, so the fetch overlaps React's start instead of waiting for the gallery to ask.
 */
export function preloadGalleryDatabase(): Promise<typeof import('./db/openRepositoryWithFallback')> {
  databaseModule ??= import('./db/openRepositoryWithFallback').catch((error: unknown) => {
    databaseModule = undefined; // a failed fetch (network blip) is tried again by the next caller
    throw error;
  });
  return databaseModule;
}

/**
 * The page's one gallery repository, opened on first call (IndexedDB, or memory when the browser refuses).
 * Opening twice would count as two page loads and mark this load's own runs 'interrupted', hence a singleton.
 */
export function getGalleryRepository(): Promise<GalleryRepository> {
  if (opening) return opening;
  // A repository swapped in meanwhile (tests) wins: this attempt's verdict must not overwrite its reason.
  const current = () => opening === attempt;
  // IndexedDB's code (idb, the schema and its upgrades, paging) is a chunk of its own, fetched as soon as
  // the studio asks for its gallery: the first paint draws without it (issue 7's budget).
  const attempt: Promise<GalleryRepository> = preloadGalleryDatabase()
    .then(({ openRepositoryWithFallback }) =>
      openRepositoryWithFallback({ onUnavailable: (error) => current() && noteUnavailable(error) }),
    )
    .then(({ repository, unavailable }) => {
      if (unavailable && current()) noteUnavailable(unavailable);
      return repository;
    });
  opening = attempt;
  return opening;
}

/**
 * Where results go that storage refused (full, or gone mid-session): a memory repository with the same
 * behaviour, so the studio keeps working and nothing is lost while the tab lives. Holds exactly the
 * unsaved results, so its usage figure is what saving them would take. Loaded on first need: the first
 * paint never needs it.
 */
export function getOverflowRepository(): Promise<GalleryRepository> {
  overflow ??= import('./db/createMemoryRepository').then(({ createMemoryRepository }) =>
    createMemoryRepository({ thumbnailer: overflowThumbnailer }),
  );
  return overflow;
}

/** Why results are kept in memory only (for the banner), if storage is unavailable. */
export function getStorageUnavailableReason(): StorageUnavailableError | undefined {
  return unavailableReason;
}

/** Calls `listener` when storage becomes unavailable (at open, or later when another tab upgrades). */
export function onStorageUnavailable(listener: (error: StorageUnavailableError) => void): () => void {
  unavailableListeners.add(listener);
  return () => unavailableListeners.delete(listener);
}

/**
 * Replaces the page's repository (tests: a memory repository or one that fails on purpose), with an empty
 * overflow repository beside it. Call before anything uses the gallery.
 */
export function provideGalleryRepository(
  repository: GalleryRepository,
  unavailable?: StorageUnavailableError,
): void {
  opening = Promise.resolve(repository);
  unavailableReason = unavailable;
  // A fresh overflow repository too; node has no image decoder, so its thumbnail is the PNG itself.
  overflow = undefined;
  overflowThumbnailer = async (png) => png;
}
