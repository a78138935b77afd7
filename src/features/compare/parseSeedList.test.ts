import { describe, expect, it } from 'vitest';
import { parseSeedList, seedListHint } from './parseSeedList';

describe('parseSeedList', () => {
  it('accepts commas, spaces and newlines, and drops duplicates keeping the first', () => {
    expect(parseSeedList('42, 7\n8  9,,42\t2147483647')).toEqual({ seeds: [42, 7, 8, 9, 2147483647] });
  });

  it('rejects empty input, non-numbers, 0, too-large seeds and negatives', () => {
    expect(parseSeedList('  ,\n')).toHaveProperty('error');
    expect(parseSeedList('12, abc')).toEqual({ error: '“abc” is not a whole number' });
    expect(parseSeedList('1.5')).toEqual({ error: '“1.5” is not a whole number' });
    expect(parseSeedList('-3')).toEqual({ error: '“-3” is not a whole number' });
    expect(parseSeedList('0')).toEqual({ error: 'Seed 0 is outside 1–2147483647' });
    expect(parseSeedList('2147483648')).toEqual({ error: 'Seed 2147483648 is outside 1–2147483647' });
  });

  it('allows 100 distinct seeds but not 101', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(parseSeedList(hundred.join(','))).toEqual({ seeds: hundred });
    expect(parseSeedList([...hundred, 101].join(' '))).toEqual({
      error: 'At most 100 seeds at once (got 101)',
    });
    expect(parseSeedList([...hundred, 1].join(' '))).toEqual({ seeds: hundred });
  });
});

describe('parseSeedList under an API’s seed range, and its hint', () => {
  it('takes seeds up to the API’s largest (v1: 4294967295), and the hint says that range', () => {
    expect(parseSeedList('4294967295, 3000000000', 4_294_967_295)).toEqual({
      seeds: [4294967295, 3000000000],
    });
    expect(parseSeedList('4294967296', 4_294_967_295)).toEqual({
      error: 'Seed 4294967296 is outside 1–4294967295',
    });
    expect(seedListHint(4_294_967_295)).toBe(
      'Whole numbers from 1 to 4294967295, separated by commas or spaces; at most 100.',
    );
    expect(seedListHint()).toContain('from 1 to 2147483647');
  });
});
