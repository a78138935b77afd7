import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GalleryRepository } from '../db';
import { createMemoryRepository } from '../db/createMemoryRepository';
import { useGalleryStore } from '../galleryStore';
import {
  fakeStorage,
  fullRepository,
  quotaRepository,
  result,
  resetGallery,
  thumbnailer,
} from '../storeTestSupport';
import { readUnsavedRecord, UNSAVED_RECORD_KEY } from './unsavedRecord';
import { thisSession } from './unsavedSession';

const store = () => useGalleryStore.getState();
const KB100 = 100_000;

beforeEach(() => {
  vi.stubGlobal('localStorage', fakeStorage());
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Five old results of 100 kB (200 kB with thumbnails) on a 1 MB disk, the oldest a favourite: full. */
async function fullDisk(): Promise<{ repo: GalleryRepository; disk: { quota: number }; old: string[] }> {
  const disk = { quota: Number.MAX_SAFE_INTEGER };
  const repo = quotaRepository(disk);
  resetGallery(repo);
  const old: string[] = [];
  for (let i = 0; i < 5; i++) {
    old.push((await repo.addResult(result(i, { createdAt: 100 + i, bytes: KB100, prompt: `old ${i}` }))).id);
  }
  await repo.setFavourite(old[0]!, true);
  disk.quota = 1_000_000;
  await store().load();
  return { repo, disk, old };
}

const unsavedBatch = () => [
  result(70, { createdAt: 9_000, bytes: KB100, prompt: 'an unsaved pear' }),
  result(71, { createdAt: 9_000, bytes: KB100, prompt: 'an unsaved pear' }),
];

describe('unsaved results', () => {
  it('are counted, kept in memory and on record in localStorage when storage is full', async () => {
    resetGallery(fullRepository());
    await store().load();
    const added = await store().addResults(unsavedBatch());
    expect(added.every((a) => a.memoryOnly)).toBe(true);
    expect(store().items.map((i) => i.recipe.seed)).toEqual([70, 71]);
    expect(store()).toMatchObject({ unsavedReason: 'quota', count: 2 });
    expect(store().unsaved.map((e) => e.id)).toEqual(added.map((a) => a.id));
    expect(readUnsavedRecord()).toEqual(
      added.map((a) => ({ id: a.id, at: 9_000, prompt: 'an unsaved pear', session: thisSession() })),
    );
    const png = await store().getPng(added[1]!.id);
    expect(png?.size).toBe(KB100);
    // Deleting one on purpose takes it off the record: nothing to warn about any more.
    await store().deleteResults([added[0]!.id]);
    expect(readUnsavedRecord().map((e) => e.id)).toEqual([added[1]!.id]);
    expect(store().unsaved).toHaveLength(1);
  });

  it('free space deletes the oldest results that are not favourites, saves the unsaved ones; Undo reverses both', async () => {
    const { repo, old } = await fullDisk();
    const added = await store().addResults(unsavedBatch());
    expect(store().unsaved).toHaveLength(2);
    expect(store().count).toBe(7);

    await store().freeSpace();
    // 400 kB to save (+10 % and 64 kB): three 200 kB results go, the favourite stays.
    expect((await repo.listResultMeta()).map((m) => m.id).sort()).toEqual(
      [old[0], old[4], ...added.map((a) => a.id)].sort(),
    );
    expect(store().unsaved).toEqual([]);
    expect(store().unsavedReason).toBeNull();
    expect(readUnsavedRecord()).toEqual([]);
    expect(store().items.some((i) => i.memoryOnly)).toBe(false);
    expect(store().count).toBe(4);
    expect(store().lastDeleted).toMatchObject({ count: 3, freed: { bytes: 600_000 } });
    expect(store().lastDeleted?.freed?.savedIds.sort()).toEqual(added.map((a) => a.id).sort());

    await store().undoDelete();
    expect((await repo.listResultMeta()).map((m) => m.id).sort()).toEqual([...old].sort());
    expect(
      store()
        .unsaved.map((e) => e.id)
        .sort(),
    ).toEqual(added.map((a) => a.id).sort());
    expect(readUnsavedRecord()).toHaveLength(2);
    expect(store().count).toBe(7);
    expect(
      store()
        .items.filter((i) => i.memoryOnly)
        .map((i) => i.recipe.seed),
    ).toEqual([70, 71]);
    expect((await store().getPng(added[0]!.id))?.size).toBe(KB100);
  });

  it('deletes nothing when even every non-favourite would not make room, and says so', async () => {
    const { repo, old } = await fullDisk();
    for (const id of old) await store().setFavourite([id], id !== old[4]);
    await store().addResults(unsavedBatch());
    await store().freeSpace();
    expect(await repo.listResultMeta()).toHaveLength(5);
    expect(store().storageMessage).toMatch(/would free only 195\.3 KB; the unsaved results need/);
    expect(store().unsaved).toHaveLength(2);
    expect(store().lastDeleted).toBeNull();
  });

  it('an undo that no longer fits keeps the results in memory as unsaved instead of failing', async () => {
    const { disk, old } = await fullDisk();
    await store().deleteResults([old[1]!]);
    disk.quota = 0; // something else took the room meanwhile
    const restore = vi.fn();
    await store().undoDelete().then(restore);
    expect(restore).toHaveBeenCalled();
    expect(store().unsaved.map((e) => e.id)).toEqual([old[1]]);
    expect(store().items.find((i) => i.id === old[1])?.memoryOnly).toBe(true);
  });

  it('after a reload, reports what a gone page load could not save, until dismissed', async () => {
    localStorage.setItem(
      UNSAVED_RECORD_KEY,
      JSON.stringify([
        { id: 'lost-1', at: 1, prompt: 'a lost pear', session: 'gone' },
        { id: 'lost-2', at: 1, prompt: 'a lost pear', session: 'gone', downloaded: true },
        { id: 'saved-after-all', at: 1, prompt: 'a kept fig', session: 'gone' },
        { id: 'mine', at: 1, prompt: 'still here', session: thisSession() },
      ]),
    );
    const repo = createMemoryRepository({ thumbnailer });
    await repo.addResult({ ...result(1), id: 'saved-after-all' });
    resetGallery(repo);
    await store().load();
    await expect.poll(() => store().lastSession.map((e) => e.id)).toEqual(['lost-1', 'lost-2']);
    expect(readUnsavedRecord().map((e) => e.id)).toEqual(['lost-1', 'lost-2', 'mine']);
    store().dismissLastSession();
    expect(store().lastSession).toEqual([]);
    expect(readUnsavedRecord().map((e) => e.id)).toEqual(['mine']);
  });

  it('keeps working when localStorage refuses the record', async () => {
    vi.stubGlobal('localStorage', fakeStorage(true));
    resetGallery(fullRepository());
    await store().load();
    await store().addResults(unsavedBatch());
    expect(store().unsaved).toHaveLength(2);
    expect(localStorage.getItem(UNSAVED_RECORD_KEY)).toBeNull();
  });
});
