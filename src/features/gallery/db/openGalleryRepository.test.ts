import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { wrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from './openDatabase';
import { openGalleryRepository } from './openGalleryRepository';
import { DB_VERSION, upgradeGalleryDb, type GalleryDatabase, type UpgradeTx } from './schema';
import { fakePng, fakeThumbnailer, fixturePng, recipe, sameBytes } from './testSupport';

/** A page load: a new repository on the same database, as after pressing reload. */
function pageLoad(idbFactory: IDBFactory) {
  return openGalleryRepository({ dbName: 'gesso-test', idbFactory, thumbnailer: fakeThumbnailer });
}

/** Just enough of the Web Locks API: held until the callback's promise settles. */
function fakeLockManager() {
  const held = new Set<string>();
  return {
    request(name: string, callback: () => Promise<void>) {
      held.add(name);
      return callback().finally(() => held.delete(name));
    },
    query: async () => ({ held: [...held].map((name) => ({ name })) }),
  };
}

/** The gallery database as an earlier release left it: upgraded up to `version` only. */
function openAtVersion(factory: IDBFactory, version: number): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open('gesso-test', version);
    request.onupgradeneeded = (event) =>
      upgradeGalleryDb(
        wrap(request.result) as unknown as GalleryDatabase,
        event.oldVersion,
        version,
        wrap(request.transaction!) as unknown as UpgradeTx,
      );
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('openGalleryRepository across reloads', () => {
  it('brings every result back in the same order, with blobs still Blobs', async () => {
    const factory = new IDBFactory();
    const first = await pageLoad(factory);
    const init = fixturePng('init_image.png');
    await first.addResult({
      id: 'a',
      png: fakePng(40, 1),
      recipe: recipe({ createdAt: 100 }),
      initImage: init,
    });
    await first.addResult({ id: 'b', png: fakePng(41, 2), recipe: recipe({ createdAt: 300 }) });
    await first.addResult({ id: 'c', png: fakePng(42, 3), recipe: recipe({ createdAt: 300 }) });
    await first.setFavourite('a', true);
    const before = await first.listResultMeta();
    first.close();

    const second = await pageLoad(factory);
    const after = await second.listResultMeta();
    expect(after).toEqual(before);
    expect(after.map((m) => m.id)).toEqual(['c', 'b', 'a']);
    expect(after[2]?.favourite).toBe(true);
    const png = await second.getPng('a');
    expect(png).toBeInstanceOf(Blob);
    expect(png?.size).toBe(40);
    expect(png?.type).toBe('image/png');
    expect(await sameBytes(await second.getInput(after[2]!.recipe.initImageHash!), init)).toBe(true);

    // The sequence survives too: a new result at a tied time still sorts first.
    await second.addResult({ id: 'd', png: fakePng(5), recipe: recipe({ createdAt: 300 }) });
    expect((await second.listResultMeta()).map((m) => [m.id, m.seq])).toEqual([
      ['d', 4],
      ['c', 3],
      ['b', 2],
      ['a', 1],
    ]);
    second.close();
  });

  it('marks runs cut off by a reload as interrupted, keeping their recipe and inputs', async () => {
    const factory = new IDBFactory();
    const first = await pageLoad(factory);
    const { seed: _s, finishReason: _f, ...runRecipe } = recipe({ mode: 'masking', createdAt: 10 });
    const mask = fixturePng('mask_image_white.png');
    await first.startRun(runRecipe, { id: 'cut', label: 'Seed sweep ×4', maskImage: mask });
    await first.startRun(runRecipe, { id: 'done' });
    await first.finishRun('done', []);
    first.close();

    const second = await pageLoad(factory);
    const runs = await second.listRuns();
    const cut = runs.find((r) => r.id === 'cut');
    expect(cut).toMatchObject({ status: 'interrupted', label: 'Seed sweep ×4' });
    expect(cut?.recipe.params).toEqual(runRecipe.params);
    expect(await sameBytes(await second.getInput(cut!.recipe.maskImageHash!), mask)).toBe(true);
    expect(runs.find((r) => r.id === 'done')?.status).toBe('finished');

    // A run started in this page load stays running when the check runs again.
    await second.startRun(runRecipe, { id: 'mine' });
    expect(await second.markStaleRunsInterrupted()).toEqual([]);
    expect((await second.listRuns()).find((r) => r.id === 'mine')?.status).toBe('running');
    second.close();
  });

  it('leaves runs of another open tab running, and interrupts them once that tab is gone', async () => {
    vi.stubGlobal('navigator', { locks: fakeLockManager() });
    const factory = new IDBFactory();
    const { seed: _s, finishReason: _f, ...runRecipe } = recipe();
    const tabA = await pageLoad(factory);
    await tabA.startRun(runRecipe, { id: 'a-run' });
    const tabB = await pageLoad(factory);
    expect((await tabB.listRuns())[0]?.status).toBe('running');
    tabA.close();
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the released lock settle
    expect((await tabB.markStaleRunsInterrupted()).map((r) => r.id)).toEqual(['a-run']);
    expect((await tabB.listRuns())[0]?.status).toBe('interrupted');
    tabB.close();
  });

  it('restores the draft after a reload', async () => {
    const factory = new IDBFactory();
    const first = await pageLoad(factory);
    const init = fixturePng('init_image.png');
    await first.saveDraft({ initImage: init, view: { zoom: 0.5, x: 3, y: 4 } });
    first.close();
    const second = await pageLoad(factory);
    const draft = await second.loadDraft();
    expect(await sameBytes(draft?.initImage, init)).toBe(true);
    expect(draft?.view).toEqual({ zoom: 0.5, x: 3, y: 4 });
    second.close();
  });

  it(`creates schema version ${DB_VERSION} with the order index`, async () => {
    const factory = new IDBFactory();
    (await pageLoad(factory)).close();
    const db = await openDatabase({ dbName: 'gesso-test', idbFactory: factory });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(
      ['draft', 'inputs', 'meta', 'pngs', 'results', 'runs', 'thumbs'].sort(),
    );
    expect([...db.transaction('results').store.indexNames].sort()).toEqual([
      'byInput',
      'byOrder',
      'byParent',
      'byRun',
    ]);
    db.close();
  });

  it('upgrades a v1 gallery to v2, filling the byte counters from what it stored', async () => {
    const factory = new IDBFactory();
    // A v1 database as the previous release left it: two results, one input, no counters.
    const raw = await openAtVersion(factory, 1);
    const init = fixturePng('init_image.png');
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction(['results', 'inputs'], 'readwrite');
      for (const [id, pngSize, thumbSize] of [
        ['a', 300, 20],
        ['b', 40, 0],
      ] as const) {
        tx.objectStore('results').put({
          id,
          createdAt: 1,
          seq: 1,
          favourite: false,
          recipe: recipe(),
          pngSize,
          pngType: 'image/png',
          thumbSize,
          inputHashes: [],
        });
      }
      tx.objectStore('inputs').put({
        hash: 'h',
        blob: init,
        size: init.size,
        type: 'image/png',
        createdAt: 1,
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    raw.close();

    const repo = await pageLoad(factory);
    expect(await repo.estimateUsage()).toMatchObject({
      pngBytes: 340,
      thumbBytes: 20,
      inputBytes: init.size,
      resultCount: 2,
      inputCount: 1,
    });
    await repo.deleteResults(['a']);
    expect(await repo.estimateUsage()).toMatchObject({ pngBytes: 40, thumbBytes: 0, resultCount: 1 });
    repo.close();
  });

  it('upgrades a v3 gallery to v4: results stored before are found by their parent', async () => {
    const factory = new IDBFactory();
    const raw = await openAtVersion(factory, 3);
    expect([...raw.transaction('results').objectStore('results').indexNames]).not.toContain('byParent');
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction(['results'], 'readwrite');
      for (const [id, parentResultId, createdAt] of [
        ['root', undefined, 1],
        ['child', 'root', 2],
        ['grandchild', 'child', 3],
        ['sibling', 'root', 4],
      ] as const) {
        tx.objectStore('results').put({
          id,
          createdAt,
          seq: createdAt,
          favourite: false,
          recipe: recipe({ createdAt, ...(parentResultId ? { parentResultId } : {}) }),
          pngSize: 1,
          pngType: 'image/png',
          thumbSize: 0,
          inputHashes: [],
        });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    raw.close();

    const repo = await pageLoad(factory);
    expect((await repo.listChildResults('root')).map((r) => r.id)).toEqual(['sibling', 'child']);
    expect((await repo.listChildResults('child')).map((r) => r.id)).toEqual(['grandchild']);
    expect(await repo.listChildResults('grandchild')).toEqual([]);
    repo.close();
  });

  it('refuses further use with StorageUnavailableError once closed', async () => {
    const repo = await pageLoad(new IDBFactory());
    repo.close();
    await expect(repo.listResultMeta()).rejects.toMatchObject({ name: 'StorageUnavailableError' });
  });
});
