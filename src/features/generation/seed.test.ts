import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../lib/api/studio';
import { describeSeed, randomSeed } from './seed';

describe('randomSeed', () => {
  it('never returns 0 (which would mean random again) and stays within the contract', () => {
    expect(randomSeed(() => 0)).toBe(1);
    expect(randomSeed(() => 0.999999999999)).toBe(LIMITS.seedMax);
    for (let i = 0; i < 200; i++) {
      const s = randomSeed();
      expect(Number.isInteger(s)).toBe(true);
      expect(s).toBeGreaterThanOrEqual(1);
      expect(s).toBeLessThanOrEqual(LIMITS.seedMax);
    }
  });

  it('follows the injected random source', () => {
    expect(randomSeed(() => 0.5)).toBe(1 + Math.floor(0.5 * LIMITS.seedMax));
  });
});

describe('describeSeed', () => {
  it('reads 0 as random', () => {
    expect(describeSeed(0)).toBe('Random each run');
    expect(describeSeed(7)).toBe('Fixed: 7');
  });
});
