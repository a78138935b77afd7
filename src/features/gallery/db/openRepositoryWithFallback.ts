import { StorageUnavailableError } from './errors';
import { openGalleryRepository, type GalleryRepositoryOptions } from './openGalleryRepository';
import type { GalleryRepository } from './types';

export interface RepositoryWithFallback {
  repository: GalleryRepository;
  /** Set when IndexedDB could not be used: show `unavailable.userMessage` once, keep working in memory. */
  unavailable?: StorageUnavailableError;
}

/**
 * The gallery store's entry point: the IndexedDB repository, or the memory one (with the reason) when
 * IndexedDB is missing or refuses to open. Other errors are bugs and are rethrown.
 */
export async function openRepositoryWithFallback(
  opts: GalleryRepositoryOptions = {},
): Promise<RepositoryWithFallback> {
  try {
    return { repository: await openGalleryRepository(opts) };
  } catch (err) {
    if (!(err instanceof StorageUnavailableError)) throw err;
    // Loaded only here: a browser that stores normally never needs the memory repository at start.
    const { createMemoryRepository } = await import('./createMemoryRepository');
    return {
      repository: createMemoryRepository({ thumbnailer: opts.thumbnailer }),
      unavailable: err,
    };
  }
}
