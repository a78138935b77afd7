import type { IDBPTransaction } from 'idb';
import { isQuotaError, toStorageError } from './errors';
import type { GalleryDB, GalleryDatabase, GalleryStore } from './schema';
import { addUsage } from './usageCounters';

export type WriteTx = IDBPTransaction<GalleryDB, GalleryStore[], 'readwrite'>;

/**
 * Runs `work` in ONE readwrite transaction and resolves only once it has committed. Any failure — a request
 * error, a synchronous throw, or an abort at commit (where browsers report a full disk) — aborts the whole
 * transaction so nothing half-written stays, and comes out as a typed storage error where it is one.
 * `work` must only await IndexedDB requests of `tx`: awaiting anything else lets the transaction auto-commit.
 */
export async function writeTransaction<T>(
  db: GalleryDatabase,
  stores: GalleryStore[],
  work: (tx: WriteTx) => Promise<T>,
): Promise<T> {
  let tx: WriteTx;
  try {
    tx = db.transaction(stores, 'readwrite');
  } catch (err) {
    throw toStorageError(err);
  }
  const done = tx.done;
  // Observed below; without this, a rejection while `work` is still failing would be reported as unhandled.
  done.catch(() => undefined);
  try {
    const value = await work(tx);
    await done;
    return value;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request, or already finished.
    }
    await done.catch(() => undefined);
    // A request failing with AbortError is often the echo of the transaction's real error (e.g. quota).
    throw toStorageError(isQuotaError(tx.error) ? tx.error : err);
  }
}

/**
 * Deletes each input no result or run references any more, and its bytes from the usage counter.
 * Needs 'inputs', 'results', 'runs', 'meta' in scope.
 */
export async function sweepInputs(tx: WriteTx, hashes: Iterable<string>): Promise<void> {
  for (const hash of new Set(hashes)) {
    const users =
      (await tx.objectStore('results').index('byInput').count(hash)) +
      (await tx.objectStore('runs').index('byInput').count(hash));
    if (users > 0) continue;
    const input = await tx.objectStore('inputs').get(hash);
    if (!input) continue;
    await tx.objectStore('inputs').delete(hash);
    await addUsage(tx, { inputBytes: -input.size, inputCount: -1 });
  }
}

/** Next value of the database-wide monotonic sequence. Needs 'meta' in scope. */
export async function nextSeq(tx: WriteTx): Promise<number> {
  const meta = tx.objectStore('meta');
  const current = (await meta.get('seq'))?.value ?? 0;
  await meta.put({ key: 'seq', value: current + 1 });
  return current + 1;
}
