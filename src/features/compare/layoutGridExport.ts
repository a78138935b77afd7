/** Text measurement the layout needs; in the browser `ctx.measureText(s).width` with the export font. */
export interface FontMetrics {
  measure: (text: string) => number;
  /** Height of one label line in pixels. */
  lineHeight: number;
}

export interface GridExportInput {
  cellW: number;
  cellH: number;
  rows: number;
  cols: number;
  rowLabels: readonly string[];
  colLabels: readonly string[];
  font: FontMetrics;
  /** Space around labels and between the label bands and the cells. */
  padding?: number;
  /** Widest the row-label column may grow; longer labels are shortened with an ellipsis. */
  maxRowLabelWidth?: number;
}

export interface PlacedText {
  text: string;
  /** Left edge and vertical middle of the text (draw with textBaseline 'middle'). */
  x: number;
  y: number;
}

export interface GridExportLayout {
  width: number;
  height: number;
  cells: Array<{ row: number; col: number; x: number; y: number; w: number; h: number }>;
  rowLabels: PlacedText[];
  colLabels: PlacedText[];
}

const ELLIPSIS = '…';

/** The longest prefix of `text` (plus an ellipsis) that fits in `maxWidth`. */
export function fitText(text: string, maxWidth: number, measure: (t: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  // Binary search on the prefix length: measureText is the slow part on a large grid.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid) + ELLIPSIS) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? ELLIPSIS : text.slice(0, lo) + ELLIPSIS;
}

/**
 * Lays out an exported X/Y grid: a band of column labels on top (each centred over its column), a column of
 * row labels on the left (centred on its row), then the cells edge to edge. Pure, so the PNG's geometry is
 * tested without a canvas.
 */
export function layoutGridExport(input: GridExportInput): GridExportLayout {
  const { cellW, cellH, rows, cols, font } = input;
  const pad = input.padding ?? 8;
  const maxRow = input.maxRowLabelWidth ?? cellW;
  const rowTexts = Array.from({ length: rows }, (_, r) =>
    fitText(input.rowLabels[r] ?? '', maxRow, font.measure),
  );
  const labelW = Math.ceil(Math.max(0, ...rowTexts.map(font.measure))) + 2 * pad;
  const bandH = Math.ceil(font.lineHeight) + 2 * pad;
  const cells: GridExportLayout['cells'] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      cells.push({ row, col, x: labelW + col * cellW, y: bandH + row * cellH, w: cellW, h: cellH });
    }
  }
  const colLabels = Array.from({ length: cols }, (_, c) => {
    const text = fitText(input.colLabels[c] ?? '', cellW - 2 * pad, font.measure);
    return { text, x: Math.round(labelW + c * cellW + (cellW - font.measure(text)) / 2), y: bandH / 2 };
  });
  const rowLabels = rowTexts.map((text, r) => ({ text, x: pad, y: bandH + r * cellH + cellH / 2 }));
  return { width: labelW + cols * cellW, height: bandH + rows * cellH, cells, rowLabels, colLabels };
}
