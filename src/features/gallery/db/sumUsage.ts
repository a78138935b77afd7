import type { DraftRecord, StorageEstimator, UsageEstimate } from './types';

/** navigator.storage.estimate when the browser has it (not in every private mode, not in node). */
export const browserStorageEstimator: StorageEstimator | undefined =
  typeof navigator !== 'undefined' && typeof navigator.storage?.estimate === 'function'
    ? () => navigator.storage.estimate()
    : undefined;

/** Bytes the gallery tracks: the sizes recorded in its own records, not the origin's total. */
export function sumUsage(
  results: readonly { pngSize: number; thumbSize: number }[],
  inputs: readonly { size: number }[],
  draft: DraftRecord | undefined,
): UsageEstimate {
  const pngBytes = results.reduce((sum, r) => sum + r.pngSize, 0);
  const thumbBytes = results.reduce((sum, r) => sum + r.thumbSize, 0);
  const inputBytes = inputs.reduce((sum, i) => sum + i.size, 0);
  const draftBytes = (draft?.initImage?.size ?? 0) + (draft?.maskImage?.size ?? 0);
  return {
    galleryBytes: pngBytes + thumbBytes + inputBytes + draftBytes,
    pngBytes,
    thumbBytes,
    inputBytes,
    draftBytes,
    resultCount: results.length,
    inputCount: inputs.length,
  };
}

/** Adds the origin-wide figures; a failing or missing estimator just leaves them out. */
export async function withOriginEstimate(
  usage: UsageEstimate,
  estimator: StorageEstimator | undefined,
): Promise<UsageEstimate> {
  if (!estimator) return usage;
  try {
    const { usage: originUsage, quota: originQuota } = await estimator();
    const result = { ...usage };
    if (originUsage !== undefined) result.originUsage = originUsage;
    if (originQuota !== undefined) result.originQuota = originQuota;
    return result;
  } catch {
    return usage;
  }
}
