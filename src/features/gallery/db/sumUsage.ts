import type { DraftRecord, StorageEstimator, UsageEstimate } from './types';

/** navigator.storage.estimate when the browser has it (not in every private mode, not in node). */
export const browserStorageEstimator: StorageEstimator | undefined =
  typeof navigator !== 'undefined' && typeof navigator.storage?.estimate === 'function'
    ? () => navigator.storage.estimate()
    : undefined;

/** Totals the gallery keeps or sums: bytes by kind and how many results and inputs there are. */
export interface UsageTotalsWithCounts {
  pngBytes: number;
  thumbBytes: number;
  inputBytes: number;
  resultCount: number;
  inputCount: number;
}

/** The usage figure from totals (the IndexedDB counters, or sums over memory) and the draft's blobs. */
export function usageFromTotals(
  totals: UsageTotalsWithCounts,
  draft: DraftRecord | undefined,
): UsageEstimate {
  const draftBytes = (draft?.initImage?.size ?? 0) + (draft?.maskImage?.size ?? 0);
  return {
    ...totals,
    galleryBytes: totals.pngBytes + totals.thumbBytes + totals.inputBytes + draftBytes,
    draftBytes,
  };
}

/** Bytes the gallery tracks: the sizes recorded in its own records, not the origin's total. */
export function sumUsage(
  results: readonly { pngSize: number; thumbSize: number }[],
  inputs: readonly { size: number }[],
  draft: DraftRecord | undefined,
): UsageEstimate {
  return usageFromTotals(
    {
      pngBytes: results.reduce((sum, r) => sum + r.pngSize, 0),
      thumbBytes: results.reduce((sum, r) => sum + r.thumbSize, 0),
      inputBytes: inputs.reduce((sum, i) => sum + i.size, 0),
      resultCount: results.length,
      inputCount: inputs.length,
    },
    draft,
  );
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
