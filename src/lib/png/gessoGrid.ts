import type { PngTextEntry } from './textChunkCodec';

/**
 * The keyword of an exported X/Y grid's recipes: one iTXt chunk beside (never instead of) the per-image
 * `gesso` chunk, so a reader of single results is not confused by a grid and the two formats grow apart
 * freely.
 */
export const GESSO_GRID_KEYWORD = 'gesso-grid';

/** The format version of a `gesso-grid` chunk. */
export const GESSO_GRID_VERSION = 1;

/** One cell of a grid: where it sits, and the text of its picture's `gesso` chunk (JSON). */
export interface GessoGridCell {
  row: number;
  col: number;
  recipe: string;
}

export interface GessoGrid {
  rowLabels: readonly string[];
  colLabels: readonly string[];
  cells: readonly GessoGridCell[];
}

/**
 * The `gesso-grid` chunk: `{version, rows, cols, rowLabels, colLabels, cells: [{row, col, recipe}]}` where
 * each `recipe` is exactly the object that cell's own download carries in its `gesso` chunk (the gallery
 * serializes it; this only places it). Cells without a picture are left out. Throws a `SyntaxError` when
 * a recipe is not JSON.
 */
export function gessoGridEntry(grid: GessoGrid): PngTextEntry {
  const text = JSON.stringify({
    version: GESSO_GRID_VERSION,
    rows: grid.rowLabels.length,
    cols: grid.colLabels.length,
    rowLabels: grid.rowLabels,
    colLabels: grid.colLabels,
    cells: grid.cells.map((c) => ({ row: c.row, col: c.col, recipe: JSON.parse(c.recipe) as unknown })),
  });
  return { keyword: GESSO_GRID_KEYWORD, text };
}
