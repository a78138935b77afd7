import { LIMITS } from '../../lib/api/studio';

/**
 * A random concrete seed (1…2147483647; never 0, which would mean "random again on the server").
 * `random` is injectable so tests can pin it.
 */
export function randomSeed(random: () => number = Math.random): number {
  return 1 + Math.floor(random() * LIMITS.seedMax);
}

/** How a seed value reads in the UI. */
export function describeSeed(seed: number): string {
  return seed === 0 ? 'Random each run' : `Fixed: ${seed}`;
}
