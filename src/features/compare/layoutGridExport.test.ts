import { describe, expect, it } from 'vitest';
import { fitText, layoutGridExport } from './layoutGridExport';

// A monospace fake: 10 px per character, so every position is computable by hand.
const font = { measure: (t: string) => t.length * 10, lineHeight: 20 };

describe('layoutGridExport', () => {
  it('puts row labels left, column labels on top, cells edge to edge', () => {
    const layout = layoutGridExport({
      cellW: 100,
      cellH: 80,
      rows: 2,
      cols: 3,
      rowLabels: ['CFG 5', 'CFG 12'],
      colLabels: ['Seed 1', 'Seed 2', 'Seed 30'],
      font,
      padding: 5,
    });
    // Row label column: widest label (60) + 2×5; label band: 20 + 2×5.
    expect([layout.width, layout.height]).toEqual([70 + 300, 30 + 160]);
    expect(layout.cells[0]).toEqual({ row: 0, col: 0, x: 70, y: 30, w: 100, h: 80 });
    expect(layout.cells[5]).toEqual({ row: 1, col: 2, x: 270, y: 110, w: 100, h: 80 });
    expect(layout.rowLabels).toEqual([
      { text: 'CFG 5', x: 5, y: 70 },
      { text: 'CFG 12', x: 5, y: 150 },
    ]);
    expect(layout.colLabels).toEqual([
      { text: 'Seed 1', x: 70 + 20, y: 15 },
      { text: 'Seed 2', x: 170 + 20, y: 15 },
      { text: 'Seed 30', x: 270 + 15, y: 15 },
    ]);
  });

  it('shortens labels that do not fit, with an ellipsis', () => {
    const layout = layoutGridExport({
      cellW: 60,
      cellH: 60,
      rows: 1,
      cols: 1,
      rowLabels: ['a very long row label'],
      colLabels: ['Seed 2147483647'],
      font,
      padding: 0,
      maxRowLabelWidth: 50,
    });
    expect(layout.rowLabels[0]?.text).toBe('a ve…');
    expect(layout.colLabels[0]?.text).toBe('Seed …');
    expect(layout.width).toBe(50 + 60);
  });

  it('fitText leaves fitting text alone and degrades to a bare ellipsis', () => {
    expect(fitText('abc', 30, font.measure)).toBe('abc');
    expect(fitText('abcd', 5, font.measure)).toBe('…');
  });
});
