import { hashBlob } from './hashBlob';
import { newId } from './newId';
import type { InputRecord, NewResult, ResultMeta, RunRecipe, Thumbnailer } from './types';

/** Input blobs hashed, ready to be written; done before any transaction opens (IDB would auto-commit). */
export interface PreparedInputs {
  initImageHash?: string;
  maskImageHash?: string;
  /** Distinct hashes referenced, including ones given only as hashes. */
  hashes: string[];
  /** Blobs to store if not stored yet. */
  records: InputRecord[];
}

/** Everything `addResult` writes, computed up front. `seq` is assigned inside the write. */
export interface PreparedResult {
  meta: Omit<ResultMeta, 'seq'>;
  png: Blob;
  thumb?: Blob;
  inputs: PreparedInputs;
}

async function inputRecord(blob: Blob, now: number): Promise<InputRecord> {
  return { hash: await hashBlob(blob), blob, size: blob.size, type: blob.type, createdAt: now };
}

/** Hashes the init image and mask; a blob wins over a hash already in the recipe. */
export async function prepareInputs(
  recipe: Pick<RunRecipe, 'initImageHash' | 'maskImageHash'>,
  initImage: Blob | undefined,
  maskImage: Blob | undefined,
  now = Date.now(),
): Promise<PreparedInputs> {
  const init = initImage ? await inputRecord(initImage, now) : undefined;
  const mask = maskImage ? await inputRecord(maskImage, now) : undefined;
  const initImageHash = init?.hash ?? recipe.initImageHash;
  const maskImageHash = mask?.hash ?? recipe.maskImageHash;
  const hashes = [...new Set([initImageHash, maskImageHash].filter((h): h is string => h !== undefined))];
  const records = [init, mask].filter((r): r is InputRecord => r !== undefined);
  // Identical init and mask bytes (rare, but possible) are one record.
  const unique = records.filter((r, i) => records.findIndex((o) => o.hash === r.hash) === i);
  return { initImageHash, maskImageHash, hashes, records: unique };
}

/** Returns the recipe with exactly the given hashes (dropping stale ones instead of keeping `undefined`). */
export function withHashes<T extends RunRecipe>(recipe: T, inputs: PreparedInputs): T {
  const copy: T = { ...recipe };
  delete copy.initImageHash;
  delete copy.maskImageHash;
  if (inputs.initImageHash) copy.initImageHash = inputs.initImageHash;
  if (inputs.maskImageHash) copy.maskImageHash = inputs.maskImageHash;
  return copy;
}

/**
 * Hashes inputs and makes the thumbnail. A thumbnailer failure is not fatal: the result is still stored,
 * with thumbSize 0, and `getThumb` serves the PNG instead.
 */
export async function prepareResult(input: NewResult, thumbnailer: Thumbnailer): Promise<PreparedResult> {
  const inputs = await prepareInputs(input.recipe, input.initImage, input.maskImage);
  let thumb: Blob | undefined;
  try {
    thumb = await thumbnailer(input.png);
  } catch {
    thumb = undefined;
  }
  const meta: Omit<ResultMeta, 'seq'> = {
    id: input.id ?? newId(),
    createdAt: input.recipe.createdAt,
    favourite: input.favourite ?? false,
    recipe: withHashes(input.recipe, inputs),
    pngSize: input.png.size,
    pngType: input.png.type,
    thumbSize: thumb?.size ?? 0,
    inputHashes: inputs.hashes,
  };
  if (input.runId !== undefined) meta.runId = input.runId;
  if (input.runLabel !== undefined) meta.runLabel = input.runLabel;
  return { meta, png: input.png, thumb, inputs };
}
