import { create } from 'zustand';
import type { XYGridPlan } from '../features/compare';
import type { CurrentRequest } from '../features/generation';

/** A grid being filled: the plan, and the gallery result in each cell ("row,col" → id). */
export interface GridView {
  kind: 'grid';
  plan: XYGridPlan;
  cellIds: Record<string, string>;
}

/** The comparison view over gallery results (a sweep's, or a selection). */
export interface CompareView {
  kind: 'compare';
  ids: string[];
}

export interface StudioViewState {
  /** Which sweep dialog is open, with the recipe snapshot it plans from. */
  dialog: { kind: 'seeds' | 'grid'; current: CurrentRequest } | null;
  /** What covers the canvas: a comparison or an X/Y grid. */
  view: CompareView | GridView | null;
  /** The pipeline job filling the view (its progress and Cancel show there too). */
  jobId: string | null;
  openDialog: (kind: 'seeds' | 'grid', current: CurrentRequest) => void;
  closeDialog: () => void;
  showCompare: (ids: string[]) => void;
  showGrid: (plan: XYGridPlan) => void;
  /** Adds results to the open comparison as a sweep delivers them. */
  addCompared: (ids: readonly string[]) => void;
  setGridCell: (row: number, col: number, id: string) => void;
  watchJob: (jobId: string) => void;
  closeView: () => void;
}

/** App-level UI state for the sweep dialogs and the views that cover the canvas. */
export const useStudioView = create<StudioViewState>()((set) => ({
  dialog: null,
  view: null,
  jobId: null,
  openDialog: (kind, current) => set({ dialog: { kind, current } }),
  closeDialog: () => set({ dialog: null }),
  showCompare: (ids) => set({ view: { kind: 'compare', ids }, jobId: null }),
  showGrid: (plan) => set({ view: { kind: 'grid', plan, cellIds: {} }, jobId: null }),
  addCompared: (ids) =>
    set((s) => (s.view?.kind === 'compare' ? { view: { ...s.view, ids: [...s.view.ids, ...ids] } } : s)),
  setGridCell: (row, col, id) =>
    set((s) =>
      s.view?.kind === 'grid'
        ? { view: { ...s.view, cellIds: { ...s.view.cellIds, [`${row},${col}`]: id } } }
        : s,
    ),
  watchJob: (jobId) => set({ jobId }),
  closeView: () => set({ view: null, jobId: null }),
}));
