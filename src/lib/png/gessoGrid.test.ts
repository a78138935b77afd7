import { describe, expect, it } from 'vitest';
import { gessoGridEntry, GESSO_GRID_KEYWORD } from './gessoGrid';
import { readTextChunks } from './readTextChunks';
import { fixturePng } from './testFixtures';
import { withTextChunks } from './withTextChunks';

describe('gessoGridEntry', () => {
  it('places each cell’s own gesso recipe at its row and column, with the labels', () => {
    const a = JSON.stringify({ prompts: [{ text: 'a “fox”', weight: 1 }], seed: 500, cfgScale: 5 });
    const b = JSON.stringify({ prompts: [{ text: 'a “fox”', weight: 1 }], seed: 501, cfgScale: 9 });
    const entry = gessoGridEntry({
      rowLabels: ['CFG 5', 'CFG 9'],
      colLabels: ['Seed 500', 'Seed 501'],
      cells: [
        { row: 0, col: 0, recipe: a },
        { row: 1, col: 1, recipe: b },
      ],
    });
    expect(entry.keyword).toBe(GESSO_GRID_KEYWORD);
    expect(JSON.parse(entry.text)).toEqual({
      version: 1,
      rows: 2,
      cols: 2,
      rowLabels: ['CFG 5', 'CFG 9'],
      colLabels: ['Seed 500', 'Seed 501'],
      cells: [
        { row: 0, col: 0, recipe: JSON.parse(a) },
        { row: 1, col: 1, recipe: JSON.parse(b) },
      ],
    });
  });

  it('round-trips through a PNG as UTF-8 iTXt', async () => {
    const recipe = JSON.stringify({ prompts: [{ text: 'ünïcode ✓', weight: 1 }], seed: 1 });
    const entry = gessoGridEntry({ rowLabels: ['r'], colLabels: ['c'], cells: [{ row: 0, col: 0, recipe }] });
    const chunks = await readTextChunks(withTextChunks(fixturePng(), [entry]));
    expect(chunks).toEqual([entry]);
  });

  it('refuses a recipe that is not JSON rather than writing a broken chunk', () => {
    expect(() =>
      gessoGridEntry({ rowLabels: ['r'], colLabels: ['c'], cells: [{ row: 0, col: 0, recipe: '{' }] }),
    ).toThrow(SyntaxError);
  });
});
