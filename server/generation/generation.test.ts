import { describe, expect, it } from 'vitest';
import { checkPrompts } from './contentFilter.ts';
import { chargeBalance, imageCost } from './cost.ts';
import { artifactSeeds, randomSeed } from './seeds.ts';

describe('artifactSeeds', () => {
  it('counts up from a fixed seed and wraps within 1..2147483647', () => {
    expect(artifactSeeds(5, 3)).toEqual([5, 6, 7]);
    expect(artifactSeeds(2147483646, 3)).toEqual([2147483646, 2147483647, 1]);
  });
  it('picks a start for seed 0', () => {
    expect(artifactSeeds(0, 2, () => 42)).toEqual([42, 43]);
    for (let i = 0; i < 50; i++) {
      const s = randomSeed();
      expect(s).toBeGreaterThanOrEqual(1);
      expect(s).toBeLessThanOrEqual(2147483647);
    }
  });
});

describe('imageCost', () => {
  it('is 0.2 for 512×512 at 50 steps and scales with area and steps', () => {
    expect(imageCost(512, 512, 50)).toBe(0.2);
    expect(imageCost(1024, 1024, 50)).toBe(0.8);
    expect(imageCost(512, 512, 150)).toBe(0.6);
    expect(chargeBalance(100, 0.2)).toBe(99.8);
    expect(chargeBalance(0.1, 0.2)).toBe(-0.1);
  });
});

describe('checkPrompts', () => {
  it('blocks whole words case-insensitively, in any prompt', () => {
    expect(checkPrompts([{ text: 'a cat' }, { text: 'GORE, lots' }], ['gore'], [])).toEqual({
      kind: 'blocked',
      promptIndex: 1,
      word: 'gore',
    });
    expect(checkPrompts([{ text: 'gorey gorge' }], ['gore'], [])).toEqual({ kind: 'clean' });
  });
  it('softens, but a blocked word anywhere wins', () => {
    expect(checkPrompts([{ text: 'blood moon' }], ['gore'], ['blood'])).toEqual({
      kind: 'soften',
      word: 'blood',
    });
    expect(checkPrompts([{ text: 'blood' }, { text: 'gore' }], ['gore'], ['blood']).kind).toBe('blocked');
  });
});
