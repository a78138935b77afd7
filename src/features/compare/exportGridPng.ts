import { exportCellSize } from './exportCellSize';
import { layoutGridExport } from './layoutGridExport';
import { loadImage } from './loadPixels';

export interface GridExportCell {
  row: number;
  col: number;
  /** Object URL of the picture; cells without one are left dark. */
  src?: string;
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

/** Label font of the exported PNG; large enough to read when the grid is shared as a thumbnail. */
export const EXPORT_FONT = '600 20px Inter, system-ui, sans-serif';

/** Composes the grid into one PNG with its labels drawn in (layout: layoutGridExport). */
export async function exportGridPng(input: ExportGridInput): Promise<Blob> {
  const images = await Promise.all(
    input.cells.map(async (c) => ({ cell: c, img: c.src ? await loadImage(c.src) : undefined })),
  );
  const first = images.find((i) => i.img)?.img;
  const natural = { width: first?.naturalWidth ?? 512, height: first?.naturalHeight ?? 512 };
  const fitted = exportCellSize(natural, input.rows, input.cols);
  const cellW = input.cellW ?? fitted.cellW;
  const cellH = input.cellH ?? fitted.cellH;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D is not available');
  ctx.font = EXPORT_FONT;
  const layout = layoutGridExport({
    cellW,
    cellH,
    rows: input.rows,
    cols: input.cols,
    rowLabels: input.rowLabels,
    colLabels: input.colLabels,
    font: { measure: (t) => ctx.measureText(t).width, lineHeight: 24 },
  });
  canvas.width = layout.width;
  canvas.height = layout.height;
  // Resizing the canvas resets its state, so the font is set again.
  ctx.fillStyle = '#121318';
  ctx.fillRect(0, 0, layout.width, layout.height);
  for (const { cell, img } of images) {
    const box = layout.cells.find((b) => b.row === cell.row && b.col === cell.col);
    if (box && img) ctx.drawImage(img, box.x, box.y, box.w, box.h);
  }
  ctx.font = EXPORT_FONT;
  ctx.fillStyle = '#ecedf1';
  ctx.textBaseline = 'middle';
  for (const t of [...layout.colLabels, ...layout.rowLabels]) ctx.fillText(t.text, t.x, t.y);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
