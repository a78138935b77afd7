import { nextSeq, sweepInputs, writeTransaction, type WriteTx } from './idbTransaction';
import type { PreparedInputs, PreparedResult } from './prepareResult';
import type { GalleryDatabase, GalleryStore } from './schema';
import type { DeletedSnapshot, InputRecord, ResultMeta, ResultRecord } from './types';
import { addUsage } from './usageCounters';

/** Every store a result write can touch ('runs' for the input sweep's reference count). */
const RESULT_STORES: GalleryStore[] = ['results', 'pngs', 'thumbs', 'inputs', 'runs', 'meta'];

/** Stores new input blobs once; inputs given only by hash must already exist. */
export async function putInputs(tx: WriteTx, inputs: PreparedInputs): Promise<void> {
  const store = tx.objectStore('inputs');
  for (const record of inputs.records) {
    if ((await store.getKey(record.hash)) !== undefined) continue;
    await store.put(record);
    await addUsage(tx, { inputBytes: record.size, inputCount: 1 });
  }
  for (const hash of inputs.hashes) {
    if ((await store.getKey(hash)) === undefined) throw new Error(`Input ${hash} is not stored`);
  }
}

async function writeResult(
  tx: WriteTx,
  meta: ResultMeta,
  png: Blob,
  thumb: Blob | undefined,
  how: 'add' | 'put',
): Promise<void> {
  // A repeated undo puts a record that is already there: its bytes are counted once.
  const isNew = how === 'add' || (await tx.objectStore('results').getKey(meta.id)) === undefined;
  if (isNew) await addUsage(tx, { pngBytes: meta.pngSize, thumbBytes: meta.thumbSize, resultCount: 1 });
  await tx.objectStore('pngs').put({ id: meta.id, blob: png });
  if (thumb) await tx.objectStore('thumbs').put({ id: meta.id, blob: thumb });
  // The record goes last: if anything before fails, the abort rolls back the blobs with it.
  // New results use add() so a duplicate id fails loudly; restoring uses put() so a repeated undo is harmless.
  await tx.objectStore('results')[how](meta);
}

/**
 * PNGs, thumbnails, inputs and records of one batch in ONE transaction: all stored or none.
 * Written last-to-first so the first picture of a batch gets the highest seq and lists first, as the
 * engine sent them. Returns the records in batch order.
 */
export function addResultsIdb(db: GalleryDatabase, batch: readonly PreparedResult[]): Promise<ResultMeta[]> {
  return writeTransaction(db, RESULT_STORES, async (tx) => {
    const metas: ResultMeta[] = [];
    for (const prepared of [...batch].reverse()) {
      await putInputs(tx, prepared.inputs);
      const meta: ResultMeta = { ...prepared.meta, seq: await nextSeq(tx) };
      await writeResult(tx, meta, prepared.png, prepared.thumb, 'add');
      metas.unshift(meta);
    }
    return metas;
  });
}

/** Newest first, straight from the (createdAt, seq) index; no blob is read. */
export async function listResultMetaIdb(db: GalleryDatabase): Promise<ResultMeta[]> {
  const ascending = await db.getAllFromIndex('results', 'byOrder');
  return ascending.reverse();
}

export async function getResultIdb(db: GalleryDatabase, id: string): Promise<ResultRecord | undefined> {
  const tx = db.transaction(['results', 'pngs', 'thumbs'], 'readonly');
  const [meta, png, thumb] = await Promise.all([
    tx.objectStore('results').get(id),
    tx.objectStore('pngs').get(id),
    tx.objectStore('thumbs').get(id),
  ]);
  if (!meta) return undefined;
  return toRecord(meta, png?.blob, thumb?.blob);
}

function toRecord(meta: ResultMeta, png: Blob | undefined, thumb: Blob | undefined): ResultRecord {
  // A missing PNG would be corruption; an empty blob keeps the record restorable rather than crashing undo.
  const record: ResultRecord = { ...meta, png: png ?? new Blob([], { type: meta.pngType }) };
  if (thumb) record.thumb = thumb;
  return record;
}

export function setFavouriteIdb(
  db: GalleryDatabase,
  id: string,
  favourite: boolean,
): Promise<ResultMeta | undefined> {
  return writeTransaction(db, ['results'], async (tx) => {
    const meta = await tx.objectStore('results').get(id);
    if (!meta) return undefined;
    const updated = { ...meta, favourite };
    await tx.objectStore('results').put(updated);
    return updated;
  });
}

/** The feather an inpaint result is kept at, in its recipe; other results stay as they are. */
export function setFeatherIdb(
  db: GalleryDatabase,
  id: string,
  feather: number,
): Promise<ResultMeta | undefined> {
  return writeTransaction(db, ['results'], async (tx) => {
    const meta = await tx.objectStore('results').get(id);
    if (!meta?.recipe.pasteBack) return meta;
    const updated = { ...meta, recipe: { ...meta.recipe, pasteBack: { ...meta.recipe.pasteBack, feather } } };
    await tx.objectStore('results').put(updated);
    return updated;
  });
}

/** Deletes results and sweeps their inputs in one transaction; returns the undo snapshot. */
export function deleteResultsIdb(db: GalleryDatabase, ids: readonly string[]): Promise<DeletedSnapshot> {
  return writeTransaction(db, RESULT_STORES, async (tx) => {
    const results: ResultRecord[] = [];
    const hashes = new Set<string>();
    for (const id of new Set(ids)) {
      const meta = await tx.objectStore('results').get(id);
      if (!meta) continue;
      const png = await tx.objectStore('pngs').get(id);
      const thumb = await tx.objectStore('thumbs').get(id);
      results.push(toRecord(meta, png?.blob, thumb?.blob));
      meta.inputHashes.forEach((h) => hashes.add(h));
      await tx.objectStore('results').delete(id);
      await tx.objectStore('pngs').delete(id);
      await tx.objectStore('thumbs').delete(id);
      await addUsage(tx, { pngBytes: -meta.pngSize, thumbBytes: -meta.thumbSize, resultCount: -1 });
    }
    const inputs: InputRecord[] = [];
    for (const hash of hashes) {
      const input = await tx.objectStore('inputs').get(hash);
      if (input) inputs.push(input);
    }
    await sweepInputs(tx, hashes);
    return { results, inputs };
  });
}

/** Puts a delete snapshot back, all or nothing. */
export function restoreResultsIdb(db: GalleryDatabase, snapshot: DeletedSnapshot): Promise<void> {
  return writeTransaction(db, RESULT_STORES, async (tx) => {
    for (const input of snapshot.inputs) {
      if ((await tx.objectStore('inputs').getKey(input.hash)) === undefined) {
        await tx.objectStore('inputs').put(input);
        await addUsage(tx, { inputBytes: input.size, inputCount: 1 });
      }
    }
    for (const record of snapshot.results) {
      const { png, thumb, ...meta } = record;
      await writeResult(tx, meta, png, thumb, 'put');
    }
  });
}
