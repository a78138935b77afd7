import { XYGridView, type XYGridViewCell } from '../features/compare';
import { useResultUrls } from '../features/gallery';
import type { GridView } from './studioView';
import { useGridExport } from './useGridExport';

export interface GridOverlayProps {
  view: GridView;
  running: boolean;
  progress?: { done: number; total: number; failed?: number };
  onCancel: () => void;
  onClose: () => void;
}

/**
 * The X/Y grid filling in as its job runs; "Export grid" saves it as one labelled PNG with each cell's
 * recipe, showing its progress with "Cancel export" while it is composed.
 */
export function GridOverlay({ view, running, progress, onCancel, onClose }: GridOverlayProps) {
  const { plan, cellIds } = view;
  const urls = useResultUrls(Object.values(cellIds));
  const exporter = useGridExport(view);
  const cells: XYGridViewCell[] = plan.cells.map(({ row, col }) => {
    const id = cellIds[`${row},${col}`];
    const src = id ? urls.get(id)?.src : undefined;
    return { row, col, src, status: src ? 'done' : running ? 'pending' : 'cancelled' };
  });
  return (
    <XYGridView
      rows={plan.rows}
      cols={plan.cols}
      rowLabels={plan.rowLabels}
      colLabels={plan.colLabels}
      cells={cells}
      progress={progress}
      running={running}
      onCancel={onCancel}
      onClose={onClose}
      onExport={exporter.start}
      exporting={exporter.busy ?? undefined}
      onCancelExport={exporter.cancel}
      exportMessage={exporter.message ?? undefined}
    />
  );
}
