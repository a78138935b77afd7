import type { IDBPTransaction } from 'idb';
import type { GalleryDB, GalleryDatabase, GalleryStore } from './schema';

/**
 * Totals kept in the `meta` store beside the `seq` counter, changed in the same transaction as the records
 * and blobs they count: bytes by kind, and how many results and inputs there are. Summing the records would
 * read every result (1.6 s at 50,000), and even `count()` walks the whole store in Chromium (70 ms at
 * 50,000) while every other request of the database waits behind it — the first thumbnails included.
 */
export const USAGE_COUNTERS = ['pngBytes', 'thumbBytes', 'inputBytes', 'resultCount', 'inputCount'] as const;
export type UsageCounter = (typeof USAGE_COUNTERS)[number];
export type UsageTotals = Record<UsageCounter, number>;

/** Any transaction with 'meta' in scope: a readwrite one, or the upgrade that first fills the counters. */
type MetaTx = IDBPTransaction<GalleryDB, GalleryStore[], 'readwrite' | 'versionchange'>;

/** Adds (or, negative, takes away); needs 'meta' in the transaction's scope. */
export async function addUsage(tx: MetaTx, deltas: Partial<UsageTotals>): Promise<void> {
  const meta = tx.objectStore('meta');
  for (const key of USAGE_COUNTERS) {
    const delta = deltas[key];
    if (!delta) continue;
    const current = (await meta.get(key))?.value ?? 0;
    await meta.put({ key, value: current + delta });
  }
}

/** The totals as stored; a missing counter is 0. */
export async function readUsageTotals(db: GalleryDatabase): Promise<UsageTotals> {
  const tx = db.transaction('meta');
  const values = await Promise.all(
    USAGE_COUNTERS.map(async (key) => [key, (await tx.store.get(key))?.value ?? 0]),
  );
  return Object.fromEntries(values) as UsageTotals;
}

/**
 * Schema v2: fills the counters from what v1 stored, once, inside the upgrade transaction (only IndexedDB
 * requests are awaited, so it stays open). Reads every record this one time; never again afterwards.
 */
export async function fillUsageCounters(tx: MetaTx): Promise<void> {
  const [results, inputs] = await Promise.all([
    tx.objectStore('results').getAll(),
    tx.objectStore('inputs').getAll(),
  ]);
  const totals: UsageTotals = {
    pngBytes: 0,
    thumbBytes: 0,
    inputBytes: 0,
    resultCount: results.length,
    inputCount: inputs.length,
  };
  for (const r of results) {
    totals.pngBytes += r.pngSize;
    totals.thumbBytes += r.thumbSize;
  }
  for (const i of inputs) totals.inputBytes += i.size;
  const meta = tx.objectStore('meta');
  for (const key of USAGE_COUNTERS) await meta.put({ key, value: totals[key] });
}
