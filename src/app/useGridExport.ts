import { useEffect, useRef, useState } from 'react';
import { describeGridExport, exportGridPng, type GridExportCell } from '../features/compare';
import { downloadBlob, gessoRecipeText, useGalleryStore } from '../features/gallery';
import type { GridView } from './studioView';

/** The file an exported grid downloads as. */
export const GRID_FILE_NAME = 'gesso-xy-grid.png';

/** An export in progress (its step in words), or what the last one has to say. */
export interface GridExportState {
  busy: { text: string; done?: number; total?: number } | null;
  /** A failure, or a note (the recipes did not fit); cleared by the next export. */
  message: { text: string; kind: 'error' | 'note' } | null;
  start: () => void;
  cancel: () => void;
}

/** Each cell's picture and `gesso` recipe, read from the gallery (cells without a result stay dark). */
async function gridCells(view: GridView): Promise<GridExportCell[]> {
  const { getPng, getMeta } = useGalleryStore.getState();
  return Promise.all(
    view.plan.cells.map(async ({ row, col }) => {
      const id = view.cellIds[`${row},${col}`];
      if (!id) return { row, col };
      const [png, meta] = await Promise.all([getPng(id), getMeta(id)]);
      return {
        row,
        col,
        png: png ?? undefined,
        recipe: meta ? await gessoRecipeText(meta.recipe) : undefined,
      };
    }),
  );
}

/**
 * "Export grid" with a busy state and Cancel: the grid is composed in a worker (exportGridPng), its step
 * shown as it goes; Cancel — or closing the grid — stops it and nothing is downloaded.
 */
export function useGridExport(view: GridView): GridExportState {
  const [busy, setBusy] = useState<GridExportState['busy']>(null);
  const [message, setMessage] = useState<GridExportState['message']>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = () => {
    if (controller.current) return;
    const current = new AbortController();
    controller.current = current;
    setMessage(null);
    setBusy({ text: describeGridExport(null) });
    void gridCells(view)
      .then((cells) =>
        exportGridPng(
          {
            rows: view.plan.rows,
            cols: view.plan.cols,
            rowLabels: view.plan.rowLabels,
            colLabels: view.plan.colLabels,
            cells,
          },
          {
            signal: current.signal,
            onProgress: (p) =>
              setBusy(
                p.stage === 'reading'
                  ? { text: describeGridExport(p), ...p }
                  : { text: describeGridExport(p) },
              ),
          },
        ),
      )
      .then(
        (result) => {
          downloadBlob(result.png, GRID_FILE_NAME);
          if (result.recipes === 'too-large')
            setMessage({
              kind: 'note',
              text: 'Exported without the recipes: they are too long to store in one PNG.',
            });
        },
        (error: unknown) => {
          if (current.signal.aborted) return;
          const why = error instanceof Error ? error.message : String(error);
          setMessage({ kind: 'error', text: `The grid could not be exported: ${why}. Nothing was saved.` });
        },
      )
      .finally(() => {
        if (controller.current === current) controller.current = null;
        setBusy(null);
      });
  };
  const cancel = () => controller.current?.abort();
  return { busy, message, start, cancel };
}
