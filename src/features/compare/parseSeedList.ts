import { MAX_SWEEP_SEEDS, SWEEP_SEED_MAX, SWEEP_SEED_MIN } from './seedRuns';

/**
 * What a seed list accepts, in the words of the hint under a "Seeds" field: the parser below and the hint
 * say the same thing because they are written from the same numbers.
 */
export function seedListHint(max: number = SWEEP_SEED_MAX): string {
  return `Whole numbers from ${SWEEP_SEED_MIN} to ${max}, separated by commas or spaces; at most ${MAX_SWEEP_SEEDS}.`;
}

/**
 * Parses a typed seed list: numbers separated by commas, spaces or newlines. Every seed must be an integer
 * from 1 to `max`, the API's largest seed (0 means "random" on the wire, so it names no picture).
 * Duplicates are dropped, first occurrence kept; at most 100 seeds.
 */
export function parseSeedList(
  text: string,
  max: number = SWEEP_SEED_MAX,
): { seeds: number[] } | { error: string } {
  const tokens = text.split(/[\s,]+/).filter((t) => t.length > 0);
  if (tokens.length === 0) return { error: 'Type at least one seed, e.g. 42, 43, 1000' };
  const seeds: number[] = [];
  const seen = new Set<number>();
  for (const token of tokens) {
    if (!/^\d+$/.test(token)) return { error: `“${token}” is not a whole number` };
    const seed = Number(token);
    if (seed < SWEEP_SEED_MIN || seed > max) {
      return { error: `Seed ${token} is outside ${SWEEP_SEED_MIN}–${max}` };
    }
    if (seen.has(seed)) continue;
    seen.add(seed);
    seeds.push(seed);
  }
  if (seeds.length > MAX_SWEEP_SEEDS) {
    return { error: `At most ${MAX_SWEEP_SEEDS} seeds at once (got ${seeds.length})` };
  }
  return { seeds };
}
