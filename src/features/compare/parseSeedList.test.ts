import { describe, expect, it } from 'vitest';
import { parseSeedList } from './parseSeedList';

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
