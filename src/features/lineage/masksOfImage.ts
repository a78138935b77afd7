import type { LineageResult } from './lineageTree';

/**
 * The masks of an image's results for the "Masks" list: results whose init image is exactly this picture
 * (same hash) and that were made with a mask, newest first, each mask once (a sweep of four seeds used one
 * mask: it is listed with its newest result). Pure.
 */
export function masksOfImage<T extends LineageResult>(results: readonly T[], initHash: string): T[] {
  const seen = new Set<string>();
  const masks: T[] = [];
  const newestFirst = [...results].sort((a, b) => b.createdAt - a.createdAt || b.seq - a.seq);
  for (const result of newestFirst) {
    const mask = result.recipe.maskImageHash;
    if (result.recipe.initImageHash !== initHash || !mask || seen.has(mask)) continue;
    seen.add(mask);
    masks.push(result);
  }
  return masks;
}
