/** What the grid export works from and reports: plain data, so it crosses to its worker as it is. */

/** One cell of the grid: its picture (absent = left dark) and its `gesso` recipe text (absent = none). */
export interface GridExportCell {
  row: number;
  col: number;
  png?: Blob;
  recipe?: string;
}

export interface ExportGridInput {
  rows: number;
  cols: number;
  rowLabels: readonly string[];
  colLabels: readonly string[];
  cells: readonly GridExportCell[];
  /** Cell size in the PNG; defaults to the first picture's natural size, scaled to fit MAX_EXPORT_SIDE. */
  cellW?: number;
  cellH?: number;
}

/** Where an export is: reading (decoding) pictures, encoding the PNG, or writing the recipes into it. */
export type GridExportProgress =
  { stage: 'reading'; done: number; total: number } | { stage: 'encoding' } | { stage: 'writing' };

/** The exported file, and whether the cells' recipes are in it (`too-large`: over a text chunk's cap). */
export interface GridExportResult {
  png: Blob;
  recipes: 'written' | 'none' | 'too-large';
}

/** Messages from the export worker. */
export type GridExportMessage =
  | { kind: 'progress'; progress: GridExportProgress }
  | { kind: 'done'; result: GridExportResult }
  | { kind: 'failed'; message: string };

/** The progress in words, for the busy state ("Reading pictures 3 of 16"). */
export function describeGridExport(progress: GridExportProgress | null): string {
  if (!progress) return 'Starting';
  if (progress.stage === 'reading') return `Reading pictures ${progress.done} of ${progress.total}`;
  return progress.stage === 'encoding' ? 'Encoding the PNG' : 'Writing the recipes';
}
