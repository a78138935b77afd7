import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { migrateRecipe } from './migrateRecipe';
import type { InputRecord, JsonValue, ResultMeta, RunRecord, RunStatus } from './types';
import { fillUsageCounters } from './usageCounters';

/** Bump when the schema changes and add a step to MIGRATIONS; never edit a shipped step. */
export const DB_VERSION = 4;
export const DEFAULT_DB_NAME = 'gesso-gallery';

export type DraftKey = 'initImage' | 'maskImage' | 'view';

/** One part of the draft; parts are separate rows so saving the view never rewrites the image blobs. */
export interface DraftRow {
  key: DraftKey;
  blob?: Blob;
  view?: JsonValue;
  savedAt: number;
}

/** Blobs live apart from result rows so listing 5,000 results never touches image data. */
export interface BlobRow {
  id: string;
  blob: Blob;
}

export interface GalleryDB extends DBSchema {
  results: {
    key: string;
    value: ResultMeta;
    indexes: { byOrder: [number, number]; byInput: string; byRun: string; byParent: string };
  };
  pngs: { key: string; value: BlobRow };
  thumbs: { key: string; value: BlobRow };
  inputs: { key: string; value: InputRecord };
  runs: {
    key: string;
    value: RunRecord;
    indexes: { byOrder: [number, number]; byInput: string; byStatus: RunStatus };
  };
  draft: { key: DraftKey; value: DraftRow };
  /** Counters: the `seq` sequence and, from v2, the byte totals (usageCounters.ts). */
  meta: { key: string; value: { key: string; value: number } };
}

export type GalleryStore = StoreNames<GalleryDB>;
export type GalleryDatabase = IDBPDatabase<GalleryDB>;
export type UpgradeTx = IDBPTransaction<GalleryDB, GalleryStore[], 'versionchange'>;

function createV1(db: GalleryDatabase): void {
  const results = db.createObjectStore('results', { keyPath: 'id' });
  results.createIndex('byOrder', ['createdAt', 'seq']);
  // multiEntry: one index entry per referenced input, so "who still uses this input" is one count().
  results.createIndex('byInput', 'inputHashes', { multiEntry: true });
  results.createIndex('byRun', 'runId');
  db.createObjectStore('pngs', { keyPath: 'id' });
  db.createObjectStore('thumbs', { keyPath: 'id' });
  db.createObjectStore('inputs', { keyPath: 'hash' });
  const runs = db.createObjectStore('runs', { keyPath: 'id' });
  runs.createIndex('byOrder', ['startedAt', 'seq']);
  runs.createIndex('byInput', 'inputHashes', { multiEntry: true });
  runs.createIndex('byStatus', 'status');
  db.createObjectStore('draft', { keyPath: 'key' });
  db.createObjectStore('meta', { keyPath: 'key' });
}

/**
 * v3: recipes are backend-neutral (`backend`, `params`); results and runs stored with v1alpha's wire
 * `options` are rewritten once, in the upgrade, so every read sees one shape (migrateRecipe.ts).
 */
async function migrateRecipesV3(tx: UpgradeTx): Promise<void> {
  for (const name of ['results', 'runs'] as const) {
    let cursor = await tx.objectStore(name).openCursor();
    while (cursor) {
      const record: ResultMeta | RunRecord = cursor.value;
      const recipe = migrateRecipe(record.recipe);
      if (recipe !== record.recipe) await cursor.update({ ...record, recipe } as ResultMeta & RunRecord);
      cursor = await cursor.continue();
    }
  }
}

/**
 * v4: results by the result they were made from (`recipe.parentResultId`), so the History tree reads a
 * node's children through an index instead of scanning every record. Records without a parent have no key
 * there (IndexedDB leaves them out), so the index costs nothing for text-to-image results. Creating an
 * index in the upgrade indexes the records already stored.
 */
function addParentIndexV4(tx: UpgradeTx): void {
  tx.objectStore('results').createIndex('byParent', 'recipe.parentResultId');
}

/**
 * Step `n` upgrades a database at version n−1 to n. Steps run in order inside the upgrade transaction,
 * so a user several versions behind replays each one; a step may read and rewrite data through `tx`.
 */
const MIGRATIONS: Record<number, (db: GalleryDatabase, tx: UpgradeTx) => void> = {
  1: (db) => createV1(db),
  // v2: byte totals kept as counters, so the usage figure never reads every record. A failing read aborts
  // the upgrade, and the open falls back to memory like any other refused open.
  2: (_db, tx) => void fillUsageCounters(tx).catch(() => undefined),
  // v3: recipes stored before the backend seam (v1alpha wire `options`) become neutral (`backend`, `params`).
  3: (_db, tx) => void migrateRecipesV3(tx).catch(() => undefined),
  // v4: the lineage index (History): results by `recipe.parentResultId`.
  4: (_db, tx) => addParentIndexV4(tx),
};

/** idb's upgrade callback: replays every migration between the stored version and DB_VERSION. */
export function upgradeGalleryDb(
  db: GalleryDatabase,
  oldVersion: number,
  newVersion: number | null,
  tx: UpgradeTx,
): void {
  for (let version = oldVersion + 1; version <= (newVersion ?? DB_VERSION); version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No gallery migration to version ${version}`);
    step(db, tx);
  }
}
