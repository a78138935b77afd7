import { describe, expect, it } from 'vitest';
import type { GenerationParams } from '../../lib/api/studio';
import { planSeedSweep } from './planSeedSweep';
import { groupConsecutiveSeeds } from './seedRuns';

const params: GenerationParams = {
  prompts: [{ text: 'a red fox', weight: 1 }],
  cfgScale: 9,
  seed: 100,
  samples: 4,
  maskSource: 'MASK_IMAGE_WHITE',
};

describe('planSeedSweep', () => {
  it('next: the N seeds after the current one, in one request when N ≤ 10', () => {
    const plan = planSeedSweep({
      params,
      count: 4,
      strategy: { kind: 'next', from: 100 },
      maxSamplesPerRequest: 10,
    });
    expect(plan).toEqual([{ params: { ...params, seed: 101, samples: 4 }, seeds: [101, 102, 103, 104] }]);
  });

  it('next: splits 23 seeds into requests of 10, 10 and 3 samples', () => {
    const plan = planSeedSweep({
      params,
      count: 23,
      strategy: { kind: 'next', from: 0 },
      maxSamplesPerRequest: 10,
    });
    expect(plan.map((r) => [r.params.seed, r.params.samples])).toEqual([
      [1, 10],
      [11, 10],
      [21, 3],
    ]);
    expect(plan.flatMap((r) => r.seeds)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  });

  it('keeps the rest of the recipe (prompt, cfg, mask source) in every request', () => {
    const plan = planSeedSweep({
      params,
      count: 12,
      strategy: { kind: 'next', from: 5 },
      maxSamplesPerRequest: 10,
    });
    for (const r of plan) {
      expect(r.params.prompts).toEqual(params.prompts);
      expect(r.params.cfgScale).toBe(9);
      expect(r.params.maskSource).toBe('MASK_IMAGE_WHITE');
    }
  });

  it('random: N distinct seeds in 1..2147483647, one request each', () => {
    const draws = [0, 0.5, 0.5, 1 - Number.EPSILON];
    let i = 0;
    const rng = () => draws[i++ % draws.length] ?? 0;
    const plan = planSeedSweep({
      params,
      count: 3,
      strategy: { kind: 'random', rng },
      maxSamplesPerRequest: 10,
    });
    expect(plan.map((r) => r.seeds)).toEqual([[1], [1073741824], [2147483647]]);
    expect(plan.every((r) => r.params.samples === 1 && r.params.seed === r.seeds[0])).toBe(true);
  });

  it('random: a repeating rng fails instead of hanging', () => {
    expect(() =>
      planSeedSweep({
        params,
        count: 2,
        strategy: { kind: 'random', rng: () => 0.5 },
        maxSamplesPerRequest: 10,
      }),
    ).toThrow(/repeating/);
  });

  it('list: groups consecutive runs, keeps the typed order, one request per lone seed', () => {
    const plan = planSeedSweep({
      params,
      count: 0,
      strategy: { kind: 'list', seeds: [42, 7, 8, 9, 1000, 43] },
      maxSamplesPerRequest: 10,
    });
    expect(plan.map((r) => r.seeds)).toEqual([[42], [7, 8, 9], [1000], [43]]);
    expect(plan.map((r) => r.params.samples)).toEqual([1, 3, 1, 1]);
    expect(plan[1]?.params.seed).toBe(7);
  });

  it('takes seeds up to the API’s own maximum (v1: 4294967295)', () => {
    const plan = planSeedSweep({
      params,
      count: 2,
      strategy: { kind: 'next', from: 3_000_000_000 },
      maxSamplesPerRequest: 10,
      seedMax: 4_294_967_295,
    });
    expect(plan.map((r) => r.seeds)).toEqual([[3_000_000_001, 3_000_000_002]]);
  });

  it('honours a smaller samples limit', () => {
    const plan = planSeedSweep({
      params,
      count: 5,
      strategy: { kind: 'next', from: 10 },
      maxSamplesPerRequest: 2,
    });
    expect(plan.map((r) => r.seeds)).toEqual([[11, 12], [13, 14], [15]]);
  });

  it('rejects a count out of range, a list seed of 0 and a sweep past the largest seed', () => {
    const base = { params, maxSamplesPerRequest: 10 };
    expect(() => planSeedSweep({ ...base, count: 0, strategy: { kind: 'next', from: 1 } })).toThrow(
      RangeError,
    );
    expect(() => planSeedSweep({ ...base, count: 101, strategy: { kind: 'random' } })).toThrow(RangeError);
    expect(() => planSeedSweep({ ...base, count: 1, strategy: { kind: 'list', seeds: [0] } })).toThrow(
      /outside/,
    );
    expect(() => planSeedSweep({ ...base, count: 2, strategy: { kind: 'next', from: 2147483646 } })).toThrow(
      /2147483647/,
    );
  });
});

describe('groupConsecutiveSeeds', () => {
  it('breaks runs at gaps, at descents and at the run limit', () => {
    expect(groupConsecutiveSeeds([1, 2, 3, 5, 4, 5, 6], 2)).toEqual([[1, 2], [3], [5], [4, 5], [6]]);
    expect(groupConsecutiveSeeds([], 10)).toEqual([]);
  });
});
