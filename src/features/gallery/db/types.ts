import type { BackendId, FinishReason, GenerationMode, GenerationParams } from '../../../lib/api/studio';

/** Any value JSON can carry; the draft's canvas view is stored as one of these. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * What a generation was asked to do, known before any result exists (a run's recipe): backend-neutral, and
 * naming the API and engine (or model) that made it. Records written before the backend seam held v1alpha's
 * wire `options`; `migrateRecipe` reads them as this (db/migrateRecipe.ts).
 */
export interface RunRecipe {
  /** The API that made it. */
  backend: BackendId;
  mode: GenerationMode;
  /** The engine (v1alpha, v1) or model (v2beta) that made it. */
  engineId: string;
  /** The API endpoint it went to, where the API has several per mode (v2beta: `generate/core`). */
  endpoint?: string;
  /** The params exactly as sent (the backend's `normalize` kept only what its API read). */
  params: GenerationParams;
  createdAt: number;
  /** SHA-256 (hex) of the init image in the `inputs` store; filled in by the repository from the blob. */
  initImageHash?: string;
  /** SHA-256 (hex) of the mask image in the `inputs` store; filled in by the repository from the blob. */
  maskImageHash?: string;
  /** The gallery result this generation started from, if any. */
  parentResultId?: string;
}

/** Everything needed to make one result again, byte for byte. */
export interface Recipe extends RunRecipe {
  /** The seed the engine actually used (never 0 = random). */
  seed: number;
  finishReason: FinishReason;
  /**
   * An inpaint or erase result: the picture is the engine's answer for `region` of the init image (stored
   * whole, with the whole mask), and what is kept — shown, downloaded, edited — is the answer composited
   * over it with `feather` px (0 = the engine's hard edge).
   */
  pasteBack?: PasteBackRecipe;
}

/** Where an answer goes back into its init image, and how softly (px). */
export interface PasteBackRecipe {
  region: { x: number; y: number; width: number; height: number };
  feather: number;
  /**
   * True when a region was sent ("Only masked"): the picture is the answer for it alone. False for an
   * inpaint of the whole image, whose picture at feather 0 is kept as the engine made it.
   */
  onlyMasked: boolean;
}

/** A stored result without its blobs: what the grid lists (cheap to load 5,000 of). */
export interface ResultMeta {
  id: string;
  /** Same as `recipe.createdAt`; duplicated so the order index is a plain key path. */
  createdAt: number;
  /** Monotonic per database; breaks createdAt ties so the order never shuffles between reloads. */
  seq: number;
  runId?: string;
  /** Human label of the run, e.g. "Seed sweep ×4". */
  runLabel?: string;
  favourite: boolean;
  recipe: Recipe;
  pngSize: number;
  pngType: string;
  /** 0 when no thumbnail could be made; `getThumb` then returns the PNG. */
  thumbSize: number;
  /** Distinct input hashes this result references (init, mask); indexed so the last user can sweep them. */
  inputHashes: string[];
}

/** A result with its blobs, as kept in undo snapshots. */
export interface ResultRecord extends ResultMeta {
  png: Blob;
  thumb?: Blob;
}

/** A deduplicated init image or mask, shared by every result and run that used it. */
export interface InputRecord {
  hash: string;
  blob: Blob;
  size: number;
  type: string;
  createdAt: number;
}

/** What `addResult` takes: the PNG, its recipe, and the input blobs it was made from. */
export interface NewResult {
  /** Defaults to a random UUID. */
  id?: string;
  png: Blob;
  /** Hashes may be given instead of blobs when the inputs are already stored (e.g. a re-run). */
  recipe: Recipe;
  initImage?: Blob;
  maskImage?: Blob;
  runId?: string;
  runLabel?: string;
  favourite?: boolean;
}

export type RunStatus = 'running' | 'finished' | 'failed' | 'interrupted';

/** One press of Generate. Kept re-runnable (with its inputs) until it finishes or is dismissed. */
export interface RunRecord {
  id: string;
  label?: string;
  recipe: RunRecipe;
  status: RunStatus;
  startedAt: number;
  seq: number;
  finishedAt?: number;
  resultIds: string[];
  /** Failure message for 'failed' runs. */
  error?: string;
  /** Which page load started it: 'running' runs from another load were cut off by a reload. */
  pageLoadId: string;
  /** Inputs this run holds on to; emptied when it finishes (its results hold them from then on). */
  inputHashes: string[];
}

/** Optional extras for `startRun`. */
export interface RunInputs {
  id?: string;
  label?: string;
  initImage?: Blob;
  maskImage?: Blob;
}

/** The canvas draft as loaded after a reload. */
export interface DraftRecord {
  initImage?: Blob;
  maskImage?: Blob;
  view?: JsonValue;
  savedAt: number;
}

/** A change to the draft: `undefined` keeps a part as it is, `null` removes it. */
export interface DraftPatch {
  initImage?: Blob | null;
  maskImage?: Blob | null;
  view?: JsonValue | null;
}

/** What `deleteResults` removed, enough for `restoreResults` to put it back exactly. */
export interface DeletedSnapshot {
  results: ResultRecord[];
  /** Every input the deleted results referenced (removed or not), so undo works whatever happened since. */
  inputs: InputRecord[];
}

/** Space figures for the settings/gallery footer. */
export interface UsageEstimate {
  /** png + thumb + input + draft bytes tracked in records. */
  galleryBytes: number;
  pngBytes: number;
  thumbBytes: number;
  inputBytes: number;
  draftBytes: number;
  resultCount: number;
  inputCount: number;
  /** From navigator.storage.estimate(), for the whole origin, when the browser tells. */
  originUsage?: number;
  originQuota?: number;
}

/** Which results a view lists; an empty query lists them all. */
export interface ResultQuery {
  /** A prompt filter as `matchesFilter` reads it: every term (or "quoted phrase") must occur. */
  text?: string;
  /** true: favourites only; false: every result but the favourites. */
  favourite?: boolean;
}

/** A place in the order: the (createdAt, seq) key of a result. A page starts just past it. */
export type ResultCursor = Pick<ResultMeta, 'createdAt' | 'seq'>;

/** One page of results in the gallery's order (or oldest first), read through the order index. */
export interface PageRequest {
  query?: ResultQuery;
  /** Start just past this result; omitted: from the start of the order. */
  after?: ResultCursor;
  /** Most results to return (at least 1). */
  limit: number;
  /** 'newest' (the grid's order, default) or 'oldest' (what "free space" deletes first). */
  order?: 'newest' | 'oldest';
}

export interface ResultPage {
  items: ResultMeta[];
  /** Where the next page starts (the last item's key); null once nothing is left. */
  next: ResultCursor | null;
}

/** Shrinks a PNG to a small preview once, when the result is stored. */
export type Thumbnailer = (png: Blob) => Promise<Blob>;

/** navigator.storage.estimate, injectable for tests. */
export type StorageEstimator = () => Promise<{ usage?: number; quota?: number }>;

/** Where results, runs and the draft live. IndexedDB-backed, or in memory when storage is unavailable. */
export interface GalleryRepository {
  readonly kind: 'indexeddb' | 'memory';
  /** Stores PNG, thumbnail, inputs and record atomically; throws StorageQuotaError leaving nothing behind. */
  addResult(input: NewResult): Promise<ResultMeta>;
  /**
   * One generation's pictures, all stored or none (one transaction). Ties in createdAt list in batch order:
   * the first picture of the batch first. Returns the records in batch order.
   */
  addResults(batch: readonly NewResult[]): Promise<ResultMeta[]>;
  /** All results without blobs, newest first (createdAt, then seq, descending). Reads every record: tests. */
  listResultMeta(): Promise<ResultMeta[]>;
  /** How many results match `query` (all of them when omitted); counts without reading records if it can. */
  countResults(query?: ResultQuery): Promise<number>;
  /** One page in order, matches only: what the grid reads as it scrolls, so start-up never reads them all. */
  listResultPage(request: PageRequest): Promise<ResultPage>;
  /** One result's metadata, without its blobs. */
  getResultMeta(id: string): Promise<ResultMeta | undefined>;
  /** The results of one run (the `byRun` index), newest first. */
  listRunResults(runId: string): Promise<ResultMeta[]>;
  /** Results made from result `parentId` (the `byParent` index on `recipe.parentResultId`), newest first. */
  listChildResults(parentId: string): Promise<ResultMeta[]>;
  /** Results that used the input `hash` as init image or mask (the `byInput` index), newest first. */
  listInputResults(hash: string): Promise<ResultMeta[]>;
  getResult(id: string): Promise<ResultRecord | undefined>;
  /** The thumbnail, or the PNG when no thumbnail could be made. */
  getThumb(id: string): Promise<Blob | undefined>;
  getPng(id: string): Promise<Blob | undefined>;
  getInput(hash: string): Promise<Blob | undefined>;
  setFavourite(id: string, favourite: boolean): Promise<ResultMeta | undefined>;
  /** An inpaint result's kept feather (`recipe.pasteBack.feather`); nothing for another result. */
  setFeather(id: string, feather: number): Promise<ResultMeta | undefined>;
  /** Deletes results (and inputs no one uses any more); returns what undo needs. */
  deleteResults(ids: readonly string[]): Promise<DeletedSnapshot>;
  /** Puts a snapshot back exactly (same ids, order, favourites, inputs), all or nothing. */
  restoreResults(snapshot: DeletedSnapshot): Promise<void>;
  startRun(recipe: RunRecipe, inputs?: RunInputs): Promise<RunRecord>;
  finishRun(id: string, resultIds: readonly string[]): Promise<RunRecord | undefined>;
  failRun(id: string, message: string): Promise<RunRecord | undefined>;
  /** Marks 'running' runs of earlier page loads 'interrupted'; returns them. Called on open too. */
  markStaleRunsInterrupted(): Promise<RunRecord[]>;
  /** Runs newest first; only those in `status` when given (through the `byStatus` index). */
  listRuns(status?: RunStatus): Promise<RunRecord[]>;
  /** Forgets a run (e.g. the user dismissed an interrupted one) and inputs no one else uses. */
  dismissRun(id: string): Promise<void>;
  saveDraft(patch: DraftPatch): Promise<void>;
  loadDraft(): Promise<DraftRecord | undefined>;
  clearDraft(): Promise<void>;
  estimateUsage(): Promise<UsageEstimate>;
  close(): void;
}
