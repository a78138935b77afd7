import { compareNewestFirst, compareRunsNewestFirst, cursorOf, isPast } from './compareNewestFirst';
import { draftFromRows } from './idbDraft';
import { makeThumbnail } from './makeThumbnail';
import { queryMatcher } from './matchesFilter';
import { newId } from './newId';
import { prepareInputs, prepareResult, withHashes, type PreparedInputs } from './prepareResult';
import type { DraftKey, DraftRow } from './schema';
import { sumUsage } from './sumUsage';
import type {
  DeletedSnapshot,
  GalleryRepository,
  InputRecord,
  ResultMeta,
  ResultRecord,
  RunRecord,
  Thumbnailer,
} from './types';

export interface MemoryRepositoryOptions {
  thumbnailer?: Thumbnailer;
}

/** structuredClone keeps Blobs as they are, so callers can't mutate stored records through references. */
const copy = <T>(value: T): T => structuredClone(value);

/**
 * The same repository in memory: what the studio uses when IndexedDB is unavailable (private windows),
 * so the gallery keeps working until the tab closes. Behaves like the IndexedDB one, minus persistence.
 */
export function createMemoryRepository(opts: MemoryRepositoryOptions = {}): GalleryRepository {
  const thumbnailer = opts.thumbnailer ?? makeThumbnail;
  const results = new Map<string, ResultRecord>();
  const inputs = new Map<string, InputRecord>();
  const runs = new Map<string, RunRecord>();
  const draft = new Map<DraftKey, DraftRow>();
  let seq = 0;

  function users(hash: string): number {
    let count = 0;
    for (const r of results.values()) if (r.inputHashes.includes(hash)) count++;
    for (const r of runs.values()) if (r.inputHashes.includes(hash)) count++;
    return count;
  }
  function sweep(hashes: Iterable<string>): void {
    for (const hash of hashes) if (users(hash) === 0) inputs.delete(hash);
  }
  /** Throws before anything changes if an input given only by hash is unknown. */
  function checkInputs(prepared: PreparedInputs): void {
    const known = new Set([...inputs.keys(), ...prepared.records.map((r) => r.hash)]);
    const missing = prepared.hashes.find((h) => !known.has(h));
    if (missing) throw new Error(`Input ${missing} is not stored`);
  }
  function storeInputs(prepared: PreparedInputs): void {
    for (const record of prepared.records) if (!inputs.has(record.hash)) inputs.set(record.hash, record);
  }
  function meta(record: ResultRecord): ResultMeta {
    const { png: _png, thumb: _thumb, ...rest } = record;
    return copy(rest);
  }
  function updateRun(id: string, change: (run: RunRecord) => RunRecord): RunRecord | undefined {
    const run = runs.get(id);
    if (!run) return undefined;
    const updated = change(run);
    runs.set(id, updated);
    sweep(run.inputHashes.filter((h) => !updated.inputHashes.includes(h)));
    return copy(updated);
  }

  const repository: GalleryRepository = {
    kind: 'memory',
    async addResults(batch) {
      const prepared = await Promise.all(batch.map((input) => prepareResult(input, thumbnailer)));
      // Validate the whole batch before changing anything, as the aborted transaction would.
      const ids = prepared.map((p) => p.meta.id);
      const duplicate = ids.find((id, i) => results.has(id) || ids.indexOf(id) !== i);
      if (duplicate) throw new Error(`Result ${duplicate} already exists`);
      prepared.forEach((p) => checkInputs(p.inputs));
      const added: ResultMeta[] = [];
      // Last to first, so the batch's first picture gets the highest seq and lists first.
      for (const p of [...prepared].reverse()) {
        storeInputs(p.inputs);
        // Copied so later changes to the caller's options object cannot reach the stored recipe.
        const record: ResultRecord = { ...copy(p.meta), seq: ++seq, png: p.png };
        if (p.thumb) record.thumb = p.thumb;
        results.set(record.id, record);
        added.unshift(meta(record));
      }
      return added;
    },
    async addResult(input) {
      const [added] = await repository.addResults([input]);
      if (!added) throw new Error('addResults returned nothing');
      return added;
    },
    async listResultMeta() {
      return [...results.values()].sort(compareNewestFirst).map(meta);
    },
    async countResults(query) {
      const matches = queryMatcher(query);
      let count = 0;
      for (const record of results.values()) if (matches(record)) count++;
      return count;
    },
    async listResultPage({ query, after, limit, order = 'newest' }) {
      const matches = queryMatcher(query);
      const sorted = [...results.values()].sort(compareNewestFirst);
      if (order === 'oldest') sorted.reverse();
      const items: ResultMeta[] = [];
      for (const record of sorted) {
        if (!isPast(record, after, order) || !matches(record)) continue;
        items.push(meta(record));
        if (items.length === limit) return { items, next: cursorOf(record) };
      }
      return { items, next: null };
    },
    async getResultMeta(id) {
      const record = results.get(id);
      return record && meta(record);
    },
    async listRunResults(runId) {
      return [...results.values()]
        .filter((r) => r.runId === runId)
        .sort(compareNewestFirst)
        .map(meta);
    },
    async listChildResults(parentId) {
      return [...results.values()]
        .filter((r) => r.recipe.parentResultId === parentId)
        .sort(compareNewestFirst)
        .map(meta);
    },
    async listInputResults(hash) {
      return [...results.values()]
        .filter((r) => r.inputHashes.includes(hash))
        .sort(compareNewestFirst)
        .map(meta);
    },
    async getResult(id) {
      const record = results.get(id);
      return record && copy(record);
    },
    async getThumb(id) {
      const record = results.get(id);
      return record?.thumb ?? record?.png;
    },
    async getPng(id) {
      return results.get(id)?.png;
    },
    async getInput(hash) {
      return inputs.get(hash)?.blob;
    },
    async setFavourite(id, favourite) {
      const record = results.get(id);
      if (!record) return undefined;
      record.favourite = favourite;
      return meta(record);
    },
    async setFeather(id, feather) {
      const record = results.get(id);
      if (!record) return undefined;
      const { pasteBack } = record.recipe;
      if (pasteBack) record.recipe = { ...record.recipe, pasteBack: { ...pasteBack, feather } };
      return meta(record);
    },
    async deleteResults(ids) {
      const snapshot: DeletedSnapshot = { results: [], inputs: [] };
      const hashes = new Set<string>();
      for (const id of new Set(ids)) {
        const record = results.get(id);
        if (!record) continue;
        snapshot.results.push(copy(record));
        record.inputHashes.forEach((h) => hashes.add(h));
        results.delete(id);
      }
      for (const hash of hashes) {
        const input = inputs.get(hash);
        if (input) snapshot.inputs.push(copy(input));
      }
      sweep(hashes);
      return snapshot;
    },
    async restoreResults(snapshot) {
      for (const input of snapshot.inputs) if (!inputs.has(input.hash)) inputs.set(input.hash, copy(input));
      for (const record of snapshot.results) results.set(record.id, copy(record));
    },
    async startRun(recipe, extras = {}) {
      const prepared = await prepareInputs(recipe, extras.initImage, extras.maskImage);
      checkInputs(prepared);
      storeInputs(prepared);
      const run: RunRecord = {
        id: extras.id ?? newId(),
        recipe: withHashes(recipe, prepared),
        status: 'running',
        startedAt: recipe.createdAt,
        seq: ++seq,
        resultIds: [],
        // One page load per memory repository: nothing in it can be stale.
        pageLoadId: 'memory',
        inputHashes: prepared.hashes,
      };
      if (extras.label !== undefined) run.label = extras.label;
      runs.set(run.id, copy(run));
      return copy(run);
    },
    async finishRun(id, resultIds) {
      return updateRun(id, (run) => ({
        ...run,
        status: 'finished',
        finishedAt: Date.now(),
        resultIds: [...resultIds],
        inputHashes: [],
      }));
    },
    async failRun(id, message) {
      return updateRun(id, (run) => ({ ...run, status: 'failed', finishedAt: Date.now(), error: message }));
    },
    async markStaleRunsInterrupted() {
      return [];
    },
    async listRuns(status) {
      return [...runs.values()]
        .filter((r) => status === undefined || r.status === status)
        .sort(compareRunsNewestFirst)
        .map(copy);
    },
    async dismissRun(id) {
      const run = runs.get(id);
      if (!run) return;
      runs.delete(id);
      sweep(run.inputHashes);
    },
    async saveDraft(patch) {
      const savedAt = Date.now();
      for (const key of ['initImage', 'maskImage'] as const) {
        const blob = patch[key];
        if (blob === null) draft.delete(key);
        else if (blob !== undefined) draft.set(key, { key, blob, savedAt });
      }
      if (patch.view === null) draft.delete('view');
      else if (patch.view !== undefined) draft.set('view', { key: 'view', view: copy(patch.view), savedAt });
    },
    async loadDraft() {
      return draftFromRows(copy([...draft.values()]));
    },
    async clearDraft() {
      draft.clear();
    },
    async estimateUsage() {
      return sumUsage([...results.values()], [...inputs.values()], draftFromRows([...draft.values()]));
    },
    close() {},
  };
  return repository;
}
