import { describe, expect, it } from 'vitest';
import type { UiField } from './fieldIssues';
import { untouchedIssues } from './untouchedIssues';

const rows = [
  { id: 'a', text: '', weight: 1 },
  { id: 'b', text: 'x'.repeat(2001), weight: 1 },
  { id: 'c', text: '', weight: -1 },
];
const issues: Partial<Record<UiField, string[]>> = {
  'prompt.0': ['Prompt 1 is empty: describe what to paint.'],
  'prompt.1': ['Prompt 2 is too long (2000 characters at most).'],
  'prompt.2': ['Prompt 3 is empty: describe what to paint.'],
  size: ['Width must be a multiple of 64.'],
};

describe('untouchedIssues', () => {
  it('holds back an empty prompt the user has not typed in, and nothing else', () => {
    const { byField, waiting } = untouchedIssues(issues, rows, new Set(), false);
    expect(Object.keys(byField)).toEqual(['prompt.1', 'size']);
    expect(waiting).toEqual([1, 3]);
  });

  it('shows a row’s message once it was edited (typed, then cleared)', () => {
    const { byField, waiting } = untouchedIssues(issues, rows, new Set(['c']), false);
    expect(byField['prompt.2']).toEqual(['Prompt 3 is empty: describe what to paint.']);
    expect(waiting).toEqual([1]);
  });

  it('shows everything once Generate was attempted', () => {
    expect(untouchedIssues(issues, rows, new Set(), true)).toEqual({ byField: issues, waiting: [] });
  });
});
