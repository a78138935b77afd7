import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryRepository, StorageQuotaError, type GalleryRepository, type NewResult } from './db';
import { provideGalleryRepository } from './galleryRepository';
import { useGalleryStore } from './galleryStore';

const thumbnailer = async (png: Blob) => png;

function result(seed: number, createdAt = 1000 + seed): NewResult {
  return {
    png: new Blob([new Uint8Array([seed % 256])], { type: 'image/png' }),
    recipe: {
      backend: 'v1alpha',
      mode: 'text-to-image',
      engineId: 'stable-diffusion-v1-5',
      params: { prompts: [{ text: 'a fox', weight: 1 }], seed },
      createdAt,
      seed,
      finishReason: 'SUCCESS',
    },
  };
}

/** A repository whose writes fail as a full disk does: nothing stored, StorageQuotaError thrown. */
function fullRepository(): GalleryRepository {
  const inner = createMemoryRepository({ thumbnailer });
  return {
    ...inner,
    addResult: async () => Promise.reject(new StorageQuotaError()),
    addResults: async () => Promise.reject(new StorageQuotaError()),
  };
}

let repo: GalleryRepository;
beforeEach(() => {
  repo = createMemoryRepository({ thumbnailer });
  provideGalleryRepository(repo);
  useGalleryStore.setState({ items: [], lastDeleted: null, storageMessage: null, interruptedRuns: [] });
});

const seeds = () => useGalleryStore.getState().items.map((i) => i.recipe.seed);

describe('gallery store', () => {
  it('stores results with their recipe, newest first, and lists them again after a reload', async () => {
    await useGalleryStore.getState().addResults([result(1)]);
    await useGalleryStore.getState().addResults([result(2, 1002), result(3, 1002)]);
    expect(seeds()).toEqual([2, 3, 1]);
    useGalleryStore.setState({ items: [] });
    await useGalleryStore.getState().load();
    expect(seeds()).toEqual([2, 3, 1]);
    const png = await useGalleryStore.getState().getPng(useGalleryStore.getState().items[0]!.id);
    expect([...new Uint8Array(await png!.arrayBuffer())]).toEqual([2]);
  });

  it('deletes and puts back exactly (same place, same favourite) on undo', async () => {
    const [a] = await useGalleryStore.getState().addResults([result(1)]);
    await useGalleryStore.getState().addResults([result(2)]);
    await useGalleryStore.getState().setFavourite([a!.id], true);
    await useGalleryStore.getState().deleteResults([a!.id]);
    expect(seeds()).toEqual([2]);
    expect(await repo.listResultMeta()).toHaveLength(1);
    await useGalleryStore.getState().undoDelete();
    expect(seeds()).toEqual([2, 1]);
    expect(useGalleryStore.getState().items[1]!.favourite).toBe(true);
    expect((await repo.listResultMeta()).map((m) => m.recipe.seed)).toEqual([2, 1]);
  });

  it('keeps results in memory with a message when storage is full, losing nothing', async () => {
    provideGalleryRepository(fullRepository());
    const added = await useGalleryStore.getState().addResults([result(5), result(6)]);
    expect(added.every((a) => a.memoryOnly)).toBe(true);
    expect(seeds()).toEqual([5, 6]);
    expect(useGalleryStore.getState().storageMessage).toMatch(/Storage is full/);
    const png = await useGalleryStore.getState().getPng(added[1]!.id);
    expect([...new Uint8Array(await png!.arrayBuffer())]).toEqual([6]);
  });
});
