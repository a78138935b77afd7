import { describe, expect, it } from 'vitest';
import { describeRecipeReport } from './describeRecipeReport';

describe('describeRecipeReport', () => {
  it('says nothing when nothing was left out', () => {
    expect(describeRecipeReport({ skippedByReason: {}, stopped: null, unusable: [] })).toBe('');
  });

  it('counts every skip reason, in a fixed order, with singular and plural', () => {
    const text = describeRecipeReport({
      skippedByReason: { 'too-large': 1, crc: 2, 'file-budget': 3, 'inflates-too-large': 1 },
      stopped: { code: 'truncated', message: 'The file ends inside its IDAT chunk', offset: 900 },
      unusable: ['gesso'],
    });
    expect(text).toBe(
      'Skipped 2 text chunks with a wrong checksum (damaged, not read), 1 text chunk larger than 1 MiB ' +
        '(not read), 1 text chunk inflating past 1 MiB (stopped there) and 3 text chunks past what one ' +
        'file may inflate (8 MiB) or hold (8 MiB of text). Reading stopped at byte 900: The file ends inside ' +
        'its IDAT chunk. The gesso metadata could not be used (malformed, or over a size or nesting limit).',
    );
  });
});
