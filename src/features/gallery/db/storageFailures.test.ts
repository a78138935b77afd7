import 'fake-indexeddb/auto';
import { forceCloseDatabase, IDBFactory } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageQuotaError, StorageUnavailableError } from './errors';
import { openDatabase } from './openDatabase';
import { openGalleryRepository } from './openGalleryRepository';
import { openRepositoryWithFallback } from './openRepositoryWithFallback';
import { DB_VERSION } from './schema';
import {
  fakePng,
  fakeThumbnailer,
  fixturePng,
  injectQuotaFault,
  recipe,
  type QuotaFault,
} from './testSupport';

let undoFault: (() => void) | undefined;
afterEach(() => {
  undoFault?.();
  undoFault = undefined;
  vi.unstubAllGlobals();
});

/** Every row of every store, so "nothing half-written" is checked on the database itself. */
async function dumpStores(idbFactory: IDBFactory) {
  const db = await openDatabase({ dbName: 'quota', idbFactory });
  const dump: Record<string, unknown[]> = {};
  for (const store of db.objectStoreNames) dump[store] = await db.getAll(store);
  db.close();
  return dump;
}

const FAULTS: QuotaFault[] = ['throws', 'request-error', 'abort-on-commit'];
const STORES = ['inputs', 'pngs', 'thumbs', 'results'];

describe('storage full', () => {
  it.each(FAULTS.flatMap((fault) => STORES.map((store) => [fault, store] as const)))(
    'QuotaExceededError (%s, in %s) → StorageQuotaError and nothing of the result remains',
    async (fault, store) => {
      const factory = new IDBFactory();
      const repo = await openGalleryRepository({
        dbName: 'quota',
        idbFactory: factory,
        thumbnailer: fakeThumbnailer,
      });
      const init = fixturePng('init_image.png');
      // An earlier result shares the init image: it must survive; the new mask must not be left behind.
      await repo.addResult({ id: 'kept', png: fakePng(20), recipe: recipe(), initImage: init });
      const before = await dumpStores(factory);

      undoFault = injectQuotaFault(store, fault);
      const failure = repo.addResult({
        id: 'lost',
        png: fakePng(30, 9),
        recipe: recipe({ mode: 'masking' }),
        initImage: init,
        maskImage: fixturePng('mask_image_white.png'),
      });
      await expect(failure).rejects.toBeInstanceOf(StorageQuotaError);
      await expect(failure).rejects.toMatchObject({ userMessage: expect.stringMatching(/Storage is full/) });
      undoFault();
      undoFault = undefined;

      expect(await dumpStores(factory)).toEqual(before);
      expect(await repo.getPng('lost')).toBeUndefined();
      expect(await repo.getThumb('lost')).toBeUndefined();
      // The repository keeps working once space is free again.
      await repo.addResult({ id: 'next', png: fakePng(5), recipe: recipe({ createdAt: 2_000 }) });
      expect((await repo.listResultMeta()).map((m) => m.id)).toEqual(['next', 'kept']);
      repo.close();
    },
  );

  it('stores none of a batch when the second picture does not fit', async () => {
    const factory = new IDBFactory();
    const repo = await openGalleryRepository({
      dbName: 'quota',
      idbFactory: factory,
      thumbnailer: fakeThumbnailer,
    });
    const before = await dumpStores(factory);
    undoFault = injectQuotaFault('pngs', 'request-error', 1);
    const batch = [1, 2, 3].map((n) => ({ id: `s${n}`, png: fakePng(10, n), recipe: recipe({ seed: n }) }));
    await expect(repo.addResults(batch)).rejects.toBeInstanceOf(StorageQuotaError);
    expect(await dumpStores(factory)).toEqual(before);
    repo.close();
  });

  it('rolls back a whole restore when storage is full', async () => {
    const factory = new IDBFactory();
    const repo = await openGalleryRepository({
      dbName: 'quota',
      idbFactory: factory,
      thumbnailer: fakeThumbnailer,
    });
    await repo.addResult({ id: 'a', png: fakePng(5, 1), recipe: recipe({ createdAt: 1 }) });
    await repo.addResult({ id: 'b', png: fakePng(5, 2), recipe: recipe({ createdAt: 2 }) });
    const snapshot = await repo.deleteResults(['a', 'b']);
    const before = await dumpStores(factory);
    undoFault = injectQuotaFault('thumbs', 'abort-on-commit');
    await expect(repo.restoreResults(snapshot)).rejects.toBeInstanceOf(StorageQuotaError);
    expect(await dumpStores(factory)).toEqual(before);
    repo.close();
  });
});

describe('IndexedDB unavailable', () => {
  async function expectMemoryFallback(opts: Parameters<typeof openRepositoryWithFallback>[0]) {
    await expect(openGalleryRepository(opts)).rejects.toBeInstanceOf(StorageUnavailableError);
    const { repository, unavailable } = await openRepositoryWithFallback({
      ...opts,
      thumbnailer: fakeThumbnailer,
    });
    expect(repository.kind).toBe('memory');
    expect(unavailable?.userMessage).toMatch(/private window/);
    await repository.addResult({ id: 'm', png: fakePng(8), recipe: recipe() });
    expect((await repository.listResultMeta()).map((m) => m.id)).toEqual(['m']);
    expect((await repository.getPng('m'))?.size).toBe(8);
  }

  it('when indexedDB is undefined', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expectMemoryFallback({});
  });

  it('when open() throws', async () => {
    const factory = new IDBFactory();
    factory.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    await expectMemoryFallback({ idbFactory: factory });
  });

  it('when the open request fails (Firefox private windows)', async () => {
    const factory = new IDBFactory();
    factory.open = () => {
      const request = new EventTarget() as IDBOpenDBRequest;
      const error = new DOMException('A mutation operation was attempted', 'InvalidStateError');
      Object.defineProperty(request, 'error', { value: error });
      setTimeout(() => request.dispatchEvent(new Event('error', { cancelable: true })), 0);
      return request;
    };
    await expectMemoryFallback({ idbFactory: factory });
  });

  it('when the stored schema is newer than this code (a stale tab after an update)', async () => {
    const factory = new IDBFactory();
    await rawOpen(factory, 'gesso-gallery', DB_VERSION + 1);
    const failure = openGalleryRepository({ idbFactory: factory });
    await expect(failure).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(failure).rejects.toMatchObject({
      userMessage: expect.stringMatching(/updated in another tab/),
    });
  });

  it('closes for a newer version opened in another tab, without blocking it', async () => {
    const factory = new IDBFactory();
    const onUnavailable = vi.fn();
    const repo = await openGalleryRepository({
      idbFactory: factory,
      thumbnailer: fakeThumbnailer,
      onUnavailable,
    });
    await repo.addResult({ id: 'a', png: fakePng(5), recipe: recipe() });
    await rawOpen(factory, 'gesso-gallery', DB_VERSION + 1);
    expect(onUnavailable).toHaveBeenCalledWith(expect.any(StorageUnavailableError));
    await expect(repo.listResultMeta()).rejects.toBeInstanceOf(StorageUnavailableError);
  });
});

describe('a lost connection', () => {
  it('reports a browser-closed connection as terminated, and our own close() as nothing', async () => {
    const factory = new IDBFactory();
    const onLost = vi.fn();
    const db = await openDatabase({ dbName: 'lost', idbFactory: factory, onLost });
    forceCloseDatabase(unwrap(db) as unknown as Parameters<typeof forceCloseDatabase>[0]);
    expect(onLost).toHaveBeenCalledWith('terminated');
    const other = await openDatabase({ dbName: 'lost', idbFactory: factory, onLost });
    other.close();
    expect(onLost).toHaveBeenCalledTimes(1);
  });
});

/** Opens (and closes) a database at `version` directly, as another tab running other code would. */
function rawOpen(factory: IDBFactory, name: string, version: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('blocked'));
  });
}
