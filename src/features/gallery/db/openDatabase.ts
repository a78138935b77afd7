import { wrap } from 'idb';
import { OTHER_VERSION_MESSAGE, StorageUnavailableError } from './errors';
import { DB_VERSION, upgradeGalleryDb, type GalleryDatabase, type UpgradeTx } from './schema';

/** idb's wrap() cannot know our schema; the upgrade callback is what makes the database match it. */
function asGalleryDb(raw: IDBDatabase): GalleryDatabase {
  return wrap(raw) as unknown as GalleryDatabase;
}

function asUpgradeTx(raw: IDBTransaction): UpgradeTx {
  return wrap(raw) as unknown as UpgradeTx;
}

export interface OpenDatabaseOptions {
  dbName: string;
  /** Defaults to the global `indexedDB`; tests pass a fresh fake-indexeddb factory. */
  idbFactory?: IDBFactory;
  /**
   * The connection is gone for good: 'versionchange' (another tab wants a newer schema, so we closed it)
   * or 'terminated' (the browser closed it, e.g. site data was cleared).
   */
  onLost?: (reason: 'versionchange' | 'terminated') => void;
}

/**
 * idb's openDB, but on a given factory (openDB always uses the global one). Every way of not getting a
 * database (no indexedDB, open() throwing, an error event, another tab blocking the upgrade) becomes
 * StorageUnavailableError so callers fall back to memory.
 */
export function openDatabase({ dbName, idbFactory, onLost }: OpenDatabaseOptions): Promise<GalleryDatabase> {
  const factory = idbFactory ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
  if (!factory) return Promise.reject(new StorageUnavailableError('indexedDB is undefined'));
  return new Promise<GalleryDatabase>((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(dbName, DB_VERSION);
    } catch (err) {
      reject(new StorageUnavailableError('open() threw', { cause: err }));
      return;
    }
    let settled = false;
    request.addEventListener('upgradeneeded', (event) => {
      const tx = request.transaction;
      if (!tx) return;
      upgradeGalleryDb(asGalleryDb(request.result), event.oldVersion, event.newVersion, asUpgradeTx(tx));
    });
    request.addEventListener('blocked', () => {
      // An old tab without our versionchange handler holds the database; don't hang, use memory instead.
      settled = true;
      reject(new StorageUnavailableError('blocked by another tab', { userMessage: OTHER_VERSION_MESSAGE }));
    });
    request.addEventListener('error', (event) => {
      event.preventDefault();
      if (settled) return;
      settled = true;
      const name = request.error?.name ?? 'open failed';
      // VersionError: the stored schema is newer than this code (a stale tab after an update).
      const userMessage = name === 'VersionError' ? OTHER_VERSION_MESSAGE : undefined;
      reject(new StorageUnavailableError(name, { cause: request.error, userMessage }));
    });
    request.addEventListener('success', () => {
      const raw = request.result;
      if (settled) {
        raw.close();
        return;
      }
      settled = true;
      raw.addEventListener('versionchange', () => {
        // Close at once so the newer tab can upgrade; this tab then keeps working in memory.
        raw.close();
        onLost?.('versionchange');
      });
      // Fired only when the browser closes the connection itself, never after our own close().
      raw.addEventListener('close', () => onLost?.('terminated'));
      resolve(asGalleryDb(raw));
    });
  });
}
