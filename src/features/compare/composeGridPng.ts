import { PngFormatError } from '../../lib/png/PngFormatError';
// Not through lib/png's index: that index is part of the first paint, and only an export needs these.
import { gessoGridEntry } from '../../lib/png/gessoGrid';
import { withTextChunksAfterHeader } from '../../lib/png/withTextChunksAfterHeader';
import { exportCellSize } from './exportCellSize';
import type { ExportGridInput, GridExportProgress, GridExportResult } from './gridExportProtocol';
import { layoutGridExport } from './layoutGridExport';

/** Label font of the exported PNG; large enough to read when the grid is shared as a thumbnail. */
export const EXPORT_FONT = '600 20px Inter, system-ui, sans-serif';

/** The part of a 2D context the export paints with (an OffscreenCanvas's in the worker, else a canvas's). */
interface Painter2D {
  font: string;
  fillStyle: string | CanvasGradient | CanvasPattern;
  textBaseline: CanvasTextBaseline;
  measureText(text: string): TextMetrics;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  drawImage(image: ImageBitmap, x: number, y: number, w: number, h: number): void;
}

/** A canvas of the platform, with its painter and its PNG encoder. */
export interface GridSurface {
  ctx: Painter2D;
  encode(): Promise<Blob>;
}

/** An OffscreenCanvas where there is one (workers, Chromium, Firefox, Safari 17), else a canvas element. */
export function createSurface(width: number, height: number): GridSurface {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error(`The browser cannot draw a ${width}×${height} picture`);
    return { ctx, encode: () => canvas.convertToBlob({ type: 'image/png' }) };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(`The browser cannot draw a ${width}×${height} picture`);
  return {
    ctx,
    encode: () =>
      new Promise((resolve, reject) =>
        canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
      ),
  };
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('The grid export was cancelled', 'AbortError');
}

/**
 * Composes the grid into one PNG with its labels drawn in (layout: layoutGridExport) and the cells'
 * recipes in one `gesso-grid` chunk. Runs in the export worker (exportGridPng); in-thread it checks
 * `signal` between steps. Reports each step: decoding every picture, encoding, writing the recipes.
 */
export async function composeGridPng(
  input: ExportGridInput,
  onProgress: (progress: GridExportProgress) => void = () => {},
  signal?: AbortSignal,
): Promise<GridExportResult> {
  const bitmaps = new Map<(typeof input.cells)[number], ImageBitmap>();
  try {
    await decodeAll(input.cells, bitmaps, onProgress);
    throwIfAborted(signal);
    // The cell size comes from the first picture in grid order (they arrive in any order).
    const first = input.cells.map((c) => bitmaps.get(c)).find((b) => b !== undefined);
    const fitted = exportCellSize(
      { width: first?.width ?? 512, height: first?.height ?? 512 },
      input.rows,
      input.cols,
    );
    const cellW = input.cellW ?? fitted.cellW;
    const cellH = input.cellH ?? fitted.cellH;
    const measure = createSurface(1, 1).ctx;
    measure.font = EXPORT_FONT;
    const layout = layoutGridExport({
      cellW,
      cellH,
      rows: input.rows,
      cols: input.cols,
      rowLabels: input.rowLabels,
      colLabels: input.colLabels,
      font: { measure: (t) => measure.measureText(t).width, lineHeight: 24 },
    });
    const surface = createSurface(layout.width, layout.height);
    const { ctx } = surface;
    ctx.fillStyle = '#121318';
    ctx.fillRect(0, 0, layout.width, layout.height);
    for (const [cell, bitmap] of bitmaps) {
      const box = layout.cells.find((b) => b.row === cell.row && b.col === cell.col);
      if (box) ctx.drawImage(bitmap, box.x, box.y, box.w, box.h);
    }
    ctx.font = EXPORT_FONT;
    ctx.fillStyle = '#ecedf1';
    ctx.textBaseline = 'middle';
    for (const t of [...layout.colLabels, ...layout.rowLabels]) ctx.fillText(t.text, t.x, t.y);
    throwIfAborted(signal);
    onProgress({ stage: 'encoding' });
    const png = await surface.encode();
    throwIfAborted(signal);
    return await withGridRecipes(png, input, onProgress);
  } finally {
    for (const bitmap of bitmaps.values()) bitmap.close();
  }
}

/**
 * Decodes every cell's picture into `bitmaps`, all at once (the browser decodes on its own threads; one
 * after another took twice as long on two cores), reporting each as it is done. A failure still leaves
 * every decoded bitmap in `bitmaps`, for the caller to close.
 */
async function decodeAll(
  cells: ExportGridInput['cells'],
  bitmaps: Map<ExportGridInput['cells'][number], ImageBitmap>,
  onProgress: (progress: GridExportProgress) => void,
): Promise<void> {
  const withPng = cells.filter((c) => c.png);
  onProgress({ stage: 'reading', done: 0, total: withPng.length });
  const results = await Promise.allSettled(
    withPng.map(async (cell) => {
      if (!cell.png) return;
      bitmaps.set(cell, await createImageBitmap(cell.png));
      onProgress({ stage: 'reading', done: bitmaps.size, total: withPng.length });
    }),
  );
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw new Error(`A picture of the grid could not be read (${String(failed.reason)})`);
}

/** The PNG with the cells' recipes in a `gesso-grid` chunk; the bare PNG when they do not fit one. */
async function withGridRecipes(
  png: Blob,
  input: ExportGridInput,
  onProgress: (progress: GridExportProgress) => void,
): Promise<GridExportResult> {
  const cells = input.cells.flatMap((c) => (c.recipe ? [{ row: c.row, col: c.col, recipe: c.recipe }] : []));
  if (cells.length === 0) return { png, recipes: 'none' };
  onProgress({ stage: 'writing' });
  const entry = gessoGridEntry({ rowLabels: input.rowLabels, colLabels: input.colLabels, cells });
  try {
    return { png: await withTextChunksAfterHeader(png, [entry]), recipes: 'written' };
  } catch (error) {
    // A hundred cells of long prompts can pass a text chunk's cap: the picture still matters most.
    if (error instanceof PngFormatError && error.code === 'limit') return { png, recipes: 'too-large' };
    throw error;
  }
}
