import { LIMITS } from '../../lib/api/studio';

/** Smallest seed a sweep may use: 0 on the wire means "random", so it cannot name a picture. */
export const SWEEP_SEED_MIN = 1;
/** Largest seed every API accepts (v1alpha's; v1 takes up to 4294967295: callers pass their API's). */
export const SWEEP_SEED_MAX = LIMITS.seedMax;

/** Most seeds one sweep may ask for; more would flood the gallery and the engine. */
export const MAX_SWEEP_SEEDS = 100;

/** True when `seed` can be sent as a fixed seed (up to the API's `max`) and reproduces one picture. */
export function isSweepSeed(seed: number, max: number = SWEEP_SEED_MAX): boolean {
  return Number.isInteger(seed) && seed >= SWEEP_SEED_MIN && seed <= max;
}

/**
 * Splits seeds (in the caller's order) into runs s, s+1, … of at most `maxRun` seeds. One run is one
 * request: the engine gives artifact i of a request with seed s the seed s+i (API.md), so a run costs one
 * round trip instead of many.
 */
export function groupConsecutiveSeeds(seeds: readonly number[], maxRun: number): number[][] {
  if (!Number.isInteger(maxRun) || maxRun < 1) throw new RangeError(`maxRun must be a positive integer`);
  const runs: number[][] = [];
  let current: number[] = [];
  for (const seed of seeds) {
    const last = current[current.length - 1];
    if (last !== undefined && seed === last + 1 && current.length < maxRun) {
      current.push(seed);
    } else {
      if (current.length > 0) runs.push(current);
      current = [seed];
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}
