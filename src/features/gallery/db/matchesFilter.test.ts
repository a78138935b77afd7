import { describe, expect, it } from 'vitest';
import { matchesFilter } from './matchesFilter';
import { recipe } from './testSupport';

const meta = { recipe: recipe() }; // prompts: "A red fox in snow" (+1), "blurry" (−1)

describe('matchesFilter', () => {
  it('matches everything when blank', () => {
    expect(matchesFilter(meta, '')).toBe(true);
    expect(matchesFilter(meta, '   ')).toBe(true);
  });

  it('needs every term, case-insensitively, in any prompt', () => {
    expect(matchesFilter(meta, 'FOX')).toBe(true);
    expect(matchesFilter(meta, 'fox blurry')).toBe(true);
    expect(matchesFilter(meta, 'fox cat')).toBe(false);
    expect(matchesFilter(meta, 'wolf')).toBe(false);
  });

  it('treats quoted text as one phrase', () => {
    expect(matchesFilter(meta, '"red fox"')).toBe(true);
    expect(matchesFilter(meta, '"fox red"')).toBe(false);
  });
});
