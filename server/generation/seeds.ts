import { randomInt } from 'node:crypto';
import { LIMITS } from '../../src/lib/api/index.ts';

/** Seeds run 1..2147483647; 0 on the wire means "pick one". */
const SEED_MAX = LIMITS.seedMax;

/** A random seed in 1..2147483647 (never 0, which would read as "random" if echoed back). */
export function randomSeed(): number {
  return randomInt(1, SEED_MAX + 1);
}

/**
 * The seed of each artifact: `s, s+1, …` wrapping within 1..2147483647, with `s` random when the request
 * said 0 (decided in shared/API.md).
 */
export function artifactSeeds(requested: number, samples: number, pick: () => number = randomSeed): number[] {
  const start = requested === 0 ? pick() : requested;
  return Array.from({ length: samples }, (_, i) => ((start - 1 + i) % SEED_MAX) + 1);
}
