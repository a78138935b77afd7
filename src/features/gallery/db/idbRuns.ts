import { putInputs } from './idbResults';
import { nextSeq, sweepInputs, writeTransaction } from './idbTransaction';
import { newId } from './newId';
import { prepareInputs, withHashes } from './prepareResult';
import type { GalleryDatabase, GalleryStore } from './schema';
import type { RunInputs, RunRecipe, RunRecord, RunStatus } from './types';
import { compareRunsNewestFirst } from './compareNewestFirst';

const RUN_STORES: GalleryStore[] = ['runs', 'inputs', 'results', 'meta'];

/** Records a generation as 'running', holding its inputs so it can be re-run if the page dies. */
export async function startRunIdb(
  db: GalleryDatabase,
  recipe: RunRecipe,
  extras: RunInputs,
  pageLoadId: string,
): Promise<RunRecord> {
  // Hash before the transaction: awaiting crypto inside it would let it auto-commit.
  const inputs = await prepareInputs(recipe, extras.initImage, extras.maskImage);
  return writeTransaction(db, RUN_STORES, async (tx) => {
    await putInputs(tx, inputs);
    const run: RunRecord = {
      id: extras.id ?? newId(),
      recipe: withHashes(recipe, inputs),
      status: 'running',
      startedAt: recipe.createdAt,
      seq: await nextSeq(tx),
      resultIds: [],
      pageLoadId,
      inputHashes: inputs.hashes,
    };
    if (extras.label !== undefined) run.label = extras.label;
    await tx.objectStore('runs').add(run);
    return run;
  });
}

/** Applies `change` to a stored run and sweeps inputs the run let go of. */
function updateRun(
  db: GalleryDatabase,
  id: string,
  change: (run: RunRecord) => RunRecord,
): Promise<RunRecord | undefined> {
  return writeTransaction(db, RUN_STORES, async (tx) => {
    const run = await tx.objectStore('runs').get(id);
    if (!run) return undefined;
    const updated = change(run);
    await tx.objectStore('runs').put(updated);
    await sweepInputs(
      tx,
      run.inputHashes.filter((h) => !updated.inputHashes.includes(h)),
    );
    return updated;
  });
}

/** A finished run no longer needs to be re-runnable: its results now hold the inputs. */
export function finishRunIdb(db: GalleryDatabase, id: string, resultIds: readonly string[]) {
  return updateRun(db, id, (run) => ({
    ...run,
    status: 'finished',
    finishedAt: Date.now(),
    resultIds: [...resultIds],
    inputHashes: [],
  }));
}

/** A failed run keeps its inputs so "try again" works. */
export function failRunIdb(db: GalleryDatabase, id: string, message: string) {
  return updateRun(db, id, (run) => ({ ...run, status: 'failed', finishedAt: Date.now(), error: message }));
}

/**
 * 'running' runs of page loads that are gone can never finish: a reload or crash cut them off.
 * `live` holds page loads still open (this one, other tabs), whose runs are left alone.
 */
export async function markStaleRunsInterruptedIdb(
  db: GalleryDatabase,
  live: ReadonlySet<string>,
): Promise<RunRecord[]> {
  // Every page load asks; almost always nothing is stale, and then no write transaction is opened at all
  // (a write at each start is a commit the next page load's open may have to wait for).
  const running = await db.getAllFromIndex('runs', 'byStatus', 'running');
  if (!running.some((run) => !live.has(run.pageLoadId))) return [];
  return writeTransaction(db, ['runs'], async (tx) => {
    const running = await tx.objectStore('runs').index('byStatus').getAll('running');
    const stale = running
      .filter((run) => !live.has(run.pageLoadId))
      .map((run): RunRecord => ({ ...run, status: 'interrupted' }));
    for (const run of stale) await tx.objectStore('runs').put(run);
    return stale;
  });
}

/** Runs newest first; with a status, only those (the `byStatus` index, so finished runs are not read). */
export async function listRunsIdb(db: GalleryDatabase, status?: RunStatus): Promise<RunRecord[]> {
  if (status) return (await db.getAllFromIndex('runs', 'byStatus', status)).sort(compareRunsNewestFirst);
  return (await db.getAllFromIndex('runs', 'byOrder')).reverse();
}

export function dismissRunIdb(db: GalleryDatabase, id: string): Promise<void> {
  return writeTransaction(db, RUN_STORES, async (tx) => {
    const run = await tx.objectStore('runs').get(id);
    if (!run) return;
    await tx.objectStore('runs').delete(id);
    await sweepInputs(tx, run.inputHashes);
  });
}
