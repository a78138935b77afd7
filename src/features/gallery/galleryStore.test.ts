// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { GalleryRepository } from './db';
import { createMemoryRepository } from './db/createMemoryRepository';
import { FIRST_PAGE } from './galleryPaging';
import { useGalleryStore } from './galleryStore';
import { result, resetGallery, thumbnailer } from './storeTestSupport';

let repo: GalleryRepository;
beforeEach(() => {
  localStorage.clear();
  repo = createMemoryRepository({ thumbnailer });
  resetGallery(repo);
});

const store = () => useGalleryStore.getState();
const seeds = () => store().items.map((i) => i.recipe.seed);

/** A repository that fails the test if anything reads every record (what start-up used to do). */
function noFullReads(inner: GalleryRepository): GalleryRepository {
  return {
    ...inner,
    listResultMeta: () => Promise.reject(new Error('read every record')),
  };
}

describe('gallery store', () => {
  it('stores results with their recipe, newest first, and lists them again after a reload', async () => {
    await store().addResults([result(1)]);
    await store().addResults([result(2, { createdAt: 1002 }), result(3, { createdAt: 1002 })]);
    expect(seeds()).toEqual([2, 3, 1]);
    resetGallery(repo);
    await store().load();
    expect(seeds()).toEqual([2, 3, 1]);
    expect(store()).toMatchObject({ count: 3, total: 3, next: null, status: 'ready' });
    const png = await store().getPng(store().items[0]!.id);
    expect([...new Uint8Array(await png!.arrayBuffer())]).toEqual([2]);
  });

  it('deletes and puts back exactly (same place, same favourite) on undo', async () => {
    const [a] = await store().addResults([result(1)]);
    await store().addResults([result(2)]);
    await store().setFavourite([a!.id], true);
    await store().deleteResults([a!.id]);
    expect(seeds()).toEqual([2]);
    expect(store().count).toBe(1);
    expect(await repo.listResultMeta()).toHaveLength(1);
    await store().undoDelete();
    expect(seeds()).toEqual([2, 1]);
    expect(store().count).toBe(2);
    expect(store().items[1]!.favourite).toBe(true);
    expect((await repo.listResultMeta()).map((m) => m.recipe.seed)).toEqual([2, 1]);
  });
});

describe('gallery store: pages', () => {
  beforeEach(async () => {
    // 250 results, every 10th about a comet and every 7th a favourite.
    for (let i = 0; i < 250; i++) {
      await repo.addResult(result(i, { createdAt: 10_000 + i, prompt: i % 10 === 0 ? 'a comet' : 'a lake' }));
      if (i % 7 === 0) await repo.setFavourite((await repo.listResultPage({ limit: 1 })).items[0]!.id, true);
    }
    resetGallery(noFullReads(repo));
  });

  it('reads one page at start, counts the rest, and loads more on demand', async () => {
    await store().load();
    expect(store().items).toHaveLength(FIRST_PAGE);
    expect(store()).toMatchObject({ count: 250, total: 250 });
    expect(seeds().slice(0, 3)).toEqual([249, 248, 247]);
    // Asking for what is already loaded reads nothing, and must not keep later asks from reading.
    await store().loadMore(10);
    expect(store().items).toHaveLength(FIRST_PAGE);
    await store().loadMore(150);
    expect(store().items.length).toBeGreaterThanOrEqual(150);
    await store().loadMore(10_000);
    expect(store().items).toHaveLength(250);
    expect(store().next).toBeNull();
    expect(seeds()).toEqual(Array.from({ length: 250 }, (_, i) => 249 - i));
  });

  it('filters by prompt and by favourites with counts, and a run is compared through its index', async () => {
    await store().load();
    await store().setQuery({ text: 'comet' });
    await expect.poll(() => store().total).toBe(25);
    expect(seeds()).toEqual(Array.from({ length: 25 }, (_, i) => 240 - 10 * i));
    expect(store().count).toBe(250);
    await store().setQuery({ favourite: true });
    await expect.poll(() => store().total).toBe(36);
    expect(store().items.every((i) => i.favourite)).toBe(true);
    await store().setQuery({});
    expect(store().total).toBe(250);
    expect(store().items).toHaveLength(FIRST_PAGE);
  });

  it('lists a new result first and counts it, and a delete of an unloaded result counts too', async () => {
    await store().load();
    await store().addResults([result(900, { createdAt: 99_999 })]);
    expect(seeds()[0]).toBe(900);
    expect(store()).toMatchObject({ count: 251, total: 251 });
    const oldest = (await repo.listResultPage({ limit: 1, order: 'oldest' })).items[0]!;
    expect(await store().getMeta(oldest.id)).toMatchObject({ id: oldest.id });
    await store().deleteResults([oldest.id]);
    expect(store()).toMatchObject({ count: 250, total: 250 });
  });
});
