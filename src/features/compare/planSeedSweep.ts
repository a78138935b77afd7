import type { GenerationParams } from '../../lib/api/studio';
import {
  MAX_SWEEP_SEEDS,
  SWEEP_SEED_MAX,
  SWEEP_SEED_MIN,
  groupConsecutiveSeeds,
  isSweepSeed,
} from './seedRuns';

/** How a sweep chooses its seeds. */
export type SeedStrategy =
  { kind: 'next'; from: number } | { kind: 'random'; rng?: () => number } | { kind: 'list'; seeds: number[] };

export interface SeedSweepInput {
  /**
   * The current recipe's params. Its `seed` and `samples` are replaced per request; everything else (and
   * the request's endpoint, init image and mask) is kept.
   */
  params: GenerationParams;
  /** How many seeds for `next` and `random`; ignored for `list` (the list is the sweep). */
  count: number;
  strategy: SeedStrategy;
  /** The API's per-request maximum (v1alpha, v1: 10): the most consecutive seeds one request can carry. */
  maxSamplesPerRequest: number;
  /** The API's largest seed (the default: v1alpha's). */
  seedMax?: number;
}

/** One request of a sweep: its options, and the seed each of its artifacts will have, in order. */
export interface SeedSweepRequest {
  params: GenerationParams;
  seeds: number[];
}

/** The seeds a strategy yields, without planning requests. Throws RangeError on unusable input. */
export function sweepSeeds(
  count: number,
  strategy: SeedStrategy,
  seedMax: number = SWEEP_SEED_MAX,
): number[] {
  if (strategy.kind === 'list') {
    if (strategy.seeds.length === 0) throw new RangeError('The seed list is empty');
    const bad = strategy.seeds.find((s) => !isSweepSeed(s, seedMax));
    if (bad !== undefined) throw new RangeError(`Seed ${bad} is outside ${SWEEP_SEED_MIN}–${seedMax}`);
    return [...new Set(strategy.seeds)].slice(0, MAX_SWEEP_SEEDS);
  }
  if (!Number.isInteger(count) || count < 1 || count > MAX_SWEEP_SEEDS) {
    throw new RangeError(`Number of seeds must be an integer from 1 to ${MAX_SWEEP_SEEDS}`);
  }
  if (strategy.kind === 'next') {
    // "The next N" after the current seed: the current picture already exists. A random current seed (0)
    // has no successor, so the sweep starts at 1.
    const first = Math.max(strategy.from, 0) + 1;
    if (!Number.isInteger(strategy.from) || first + count - 1 > seedMax) {
      throw new RangeError(`The next ${count} seeds after ${strategy.from} pass ${seedMax}`);
    }
    return Array.from({ length: count }, (_, i) => first + i);
  }
  const rng = strategy.rng ?? Math.random;
  const picked = new Set<number>();
  // Duplicates would waste a request on an identical picture, so draw until there are `count` distinct ones.
  // The attempt cap stops a broken rng (one that repeats itself) from hanging the studio.
  for (let attempt = 0; picked.size < count; attempt++) {
    if (attempt >= count * 100) throw new RangeError('The random source keeps repeating itself');
    picked.add(SWEEP_SEED_MIN + Math.floor(rng() * (seedMax - SWEEP_SEED_MIN + 1)));
  }
  return [...picked];
}

/**
 * Plans a seed sweep of the current recipe: one request per run of consecutive seeds (up to
 * `maxSamplesPerRequest` per request, using `samples`), one request per lone seed otherwise. The caller
 * runs the requests in parallel under a concurrency limit (see runJobs).
 */
export function planSeedSweep(input: SeedSweepInput): SeedSweepRequest[] {
  const maxRun = Math.max(1, Math.floor(input.maxSamplesPerRequest));
  const seeds = sweepSeeds(input.count, input.strategy, input.seedMax);
  return groupConsecutiveSeeds(seeds, maxRun).map((run) => ({
    params: { ...input.params, seed: run[0], samples: run.length },
    seeds: run,
  }));
}
