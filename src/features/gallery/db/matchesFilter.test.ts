import { describe, expect, it } from 'vitest';
import { isFilteredQuery, matchesFilter, queryMatcher } from './matchesFilter';
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

describe('queryMatcher', () => {
  const plain = { recipe: recipe(), favourite: false };
  const starred = { recipe: recipe(), favourite: true };

  it('matches everything for an empty query, and says it narrows nothing', () => {
    expect(queryMatcher(undefined)(plain)).toBe(true);
    expect(queryMatcher({ text: '  ' })(starred)).toBe(true);
    expect(isFilteredQuery(undefined)).toBe(false);
    expect(isFilteredQuery({ text: ' ' })).toBe(false);
    expect(isFilteredQuery({ text: 'fox' })).toBe(true);
    expect(isFilteredQuery({ favourite: false })).toBe(true);
  });

  it('combines the prompt filter with favourites only, or all but favourites', () => {
    expect(queryMatcher({ favourite: true })(plain)).toBe(false);
    expect(queryMatcher({ favourite: true })(starred)).toBe(true);
    expect(queryMatcher({ favourite: false })(starred)).toBe(false);
    expect(queryMatcher({ text: 'fox', favourite: true })(starred)).toBe(true);
    expect(queryMatcher({ text: 'wolf', favourite: true })(starred)).toBe(false);
  });
});
