import { describe, expect, it } from 'vitest';
import { ECHO_MAX_CHARS, quoteClientValue } from './quoteClientValue.ts';

describe('quoteClientValue', () => {
  it('quotes short values whole', () => {
    expect(quoteClientValue('org-nope')).toBe('"org-nope"');
    expect(quoteClientValue('')).toBe('""');
  });

  it('cuts long values at 200 characters and says how long they were', () => {
    const out = quoteClientValue('x'.repeat(12_000));
    expect(out).toBe(`"${'x'.repeat(ECHO_MAX_CHARS)}"… (12000 characters in all)`);
  });

  it('escapes quotes, control characters and NUL bytes, counting the escapes against the cap', () => {
    expect(quoteClientValue('a"b\u0000c\n')).toBe('"a\\"b\\u0000c\\n"');
    const out = quoteClientValue('\u0000'.repeat(100));
    // 33 escapes of 6 characters fit in 200; the 34th would not.
    expect(out).toBe(`"${'\\u0000'.repeat(33)}"… (100 characters in all)`);
  });

  it('never splits a surrogate pair', () => {
    const out = quoteClientValue('😀'.repeat(150));
    expect(out).toBe(`"${'😀'.repeat(100)}"… (150 characters in all)`);
  });
});
