import { openRepositoryWithFallback, type GalleryRepository, type StorageUnavailableError } from './db';

export type { GalleryRepository } from './db';

let opening: Promise<GalleryRepository> | undefined;
let unavailableReason: StorageUnavailableError | undefined;
const unavailableListeners = new Set<(error: StorageUnavailableError) => void>();

function noteUnavailable(error: StorageUnavailableError): void {
  unavailableReason = error;
  for (const listener of unavailableListeners) listener(error);
}

/**
 * The page's one gallery repository, opened on first call (IndexedDB, or memory when the browser refuses).
 * Opening twice would count as two page loads and mark this load's own runs 'interrupted', hence a singleton.
 */
export function getGalleryRepository(): Promise<GalleryRepository> {
  opening ??= openRepositoryWithFallback({ onUnavailable: noteUnavailable }).then(
    ({ repository, unavailable }) => {
      if (unavailable) noteUnavailable(unavailable);
      return repository;
    },
  );
  return opening;
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
 * Replaces the page's repository (tests: a memory repository or one that fails on purpose). Call before
 * anything uses the gallery.
 */
export function provideGalleryRepository(
  repository: GalleryRepository,
  unavailable?: StorageUnavailableError,
): void {
  opening = Promise.resolve(repository);
  unavailableReason = unavailable;
}
