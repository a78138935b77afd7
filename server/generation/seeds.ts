import { randomInt } from 'node:crypto';
import { LIMITS } from '../../src/lib/api/index.ts';

/** v1alpha's seeds run 1..2147483647 (v1's to 4294967295); 0 on the wire means "pick one". */
const SEED_MAX = LIMITS.seedMax;

/** A random seed in 1..max (never 0, which would read as "random" if echoed back). */
export function randomSeed(max: number = SEED_MAX): number {
  return randomInt(1, max + 1);
}

/**
 * The seed of each artifact: `s, s+1, …` wrapping within 1..max (the API's seed range), with `s` random
 * when the request said 0 (decided in shared/API.md).
 */
export function artifactSeeds(
  requested: number,
  samples: number,
  pick?: () => number,
  max: number = SEED_MAX,
): number[] {
  const start = requested === 0 ? (pick ?? (() => randomSeed(max)))() : requested;
  return Array.from({ length: samples }, (_, i) => ((start - 1 + i) % max) + 1);
}
