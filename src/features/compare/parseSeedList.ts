import { MAX_SWEEP_SEEDS, SWEEP_SEED_MAX, SWEEP_SEED_MIN } from './seedRuns';

/**
 * Parses a typed seed list: numbers separated by commas, spaces or newlines. Every seed must be an integer
 * from 1 to 2147483647 (0 means "random" on the wire, so it names no picture). Duplicates are dropped,
 * first occurrence kept; at most 100 seeds.
 */
export function parseSeedList(text: string): { seeds: number[] } | { error: string } {
  const tokens = text.split(/[\s,]+/).filter((t) => t.length > 0);
  if (tokens.length === 0) return { error: 'Type at least one seed, e.g. 42, 43, 1000' };
  const seeds: number[] = [];
  const seen = new Set<number>();
  for (const token of tokens) {
    if (!/^\d+$/.test(token)) return { error: `“${token}” is not a whole number` };
    const seed = Number(token);
    if (seed < SWEEP_SEED_MIN || seed > SWEEP_SEED_MAX) {
      return { error: `Seed ${token} is outside ${SWEEP_SEED_MIN}–${SWEEP_SEED_MAX}` };
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
