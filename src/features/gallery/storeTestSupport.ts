/**
 * Test helpers for the gallery store (not exported from index.ts): results to add, and repositories that
 * refuse writes the way a full disk does.
 */
import { StorageQuotaError, type GalleryRepository, type NewResult } from './db';
import { createMemoryRepository } from './db/createMemoryRepository';
import { provideGalleryRepository } from './galleryRepository';
import { EMPTY_GALLERY, useGalleryStore } from './galleryStore';

export const thumbnailer = async (png: Blob) => png;

/** A result of `bytes` bytes (its thumbnail is the same blob), made at `createdAt`. */
export function result(
  seed: number,
  opts: { createdAt?: number; prompt?: string; bytes?: number } = {},
): NewResult {
  return {
    png: new Blob([new Uint8Array(opts.bytes ?? 1).fill(seed % 256)], { type: 'image/png' }),
    recipe: {
      backend: 'v1alpha',
      mode: 'text-to-image',
      engineId: 'stable-diffusion-v1-5',
      params: { prompts: [{ text: opts.prompt ?? 'a fox', weight: 1 }], seed },
      createdAt: opts.createdAt ?? 1000 + seed,
      seed,
      finishReason: 'SUCCESS',
    },
  };
}

/** A repository whose writes all fail as a full disk does: nothing stored, StorageQuotaError thrown. */
export function fullRepository(): GalleryRepository {
  const inner = createMemoryRepository({ thumbnailer });
  return {
    ...inner,
    addResult: async () => Promise.reject(new StorageQuotaError()),
    addResults: async () => Promise.reject(new StorageQuotaError()),
  };
}

/**
 * A memory repository with a disk of `quota` bytes (PNGs + thumbnails + inputs): a write that would go past
 * it stores nothing and throws StorageQuotaError; deleting frees the room. `quota` can change while in use.
 */
export function quotaRepository(disk: { quota: number }): GalleryRepository {
  const inner = createMemoryRepository({ thumbnailer });
  const used = async () => (await inner.estimateUsage()).galleryBytes;
  const refuseOver = async (extra: number) => {
    if ((await used()) + extra > disk.quota) throw new StorageQuotaError();
  };
  return {
    ...inner,
    addResults: async (batch) => {
      // The thumbnailer returns the PNG itself: each result takes twice its PNG's size.
      await refuseOver(batch.reduce((sum, r) => sum + 2 * r.png.size, 0));
      return inner.addResults(batch);
    },
    addResult: async (input) => {
      await refuseOver(2 * input.png.size);
      return inner.addResult(input);
    },
    restoreResults: async (snapshot) => {
      await refuseOver(snapshot.results.reduce((sum, r) => sum + r.pngSize + r.thumbSize, 0));
      return inner.restoreResults(snapshot);
    },
  };
}

/** A fresh store over `repository`, as after a page load, before `load()`. */
export function resetGallery(repository: GalleryRepository): void {
  provideGalleryRepository(repository);
  useGalleryStore.setState(EMPTY_GALLERY);
}

/** Just enough of the Storage API (localStorage), optionally refusing every write as a full one does. */
export function fakeStorage(refuse = false): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => {
      if (refuse) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
  };
}
