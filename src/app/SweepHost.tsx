import {
  CompareSeedsDialog,
  XYGridDialog,
  useJobRunner,
  type SeedSweepRequest,
  type XYGridPlan,
} from '../features/compare';
import { useGalleryStore } from '../features/gallery';
import { currentInitParent, runBatch, sweepLabel, type CurrentRequest } from '../features/generation';
import { useApiClient } from '../features/settings';
import { CompareOverlay } from './CompareOverlay';
import { GridOverlay } from './GridOverlay';
import { useStudioView } from './studioView';

/**
 * Runs seed sweeps and X/Y grids (one job each: concurrency limit, progress, cancel-all) and shows what
 * covers the canvas: the comparison view or the grid. Mounted once, so a job outlives its dialog.
 */
export function SweepHost() {
  const client = useApiClient();
  const runner = useJobRunner();
  const { dialog, view, closeDialog, closeView } = useStudioView();

  const deps = {
    gallery: useGalleryStore.getState(),
    generate: (request: Parameters<typeof client.generate>[0], signal?: AbortSignal) =>
      client.generate(request, signal),
    runTasks: runner.run,
  };

  const runSweep = (current: CurrentRequest, plan: SeedSweepRequest[]) => {
    const studio = useStudioView.getState();
    studio.closeDialog();
    studio.showCompare([]);
    const count = plan.reduce((n, p) => n + p.seeds.length, 0);
    void runBatch(deps, {
      base: current.request,
      options: plan.map((p) => p.options),
      label: sweepLabel(count),
      parentResultId: current.request.initImage ? currentInitParent() : undefined,
      // Newest first in the gallery, but the comparison reads in seed order.
      onAdded: (_i, added) => useStudioView.getState().addCompared(added.map((a) => a.id)),
    });
  };

  const runGrid = (current: CurrentRequest, plan: XYGridPlan) => {
    const studio = useStudioView.getState();
    studio.closeDialog();
    studio.showGrid(plan);
    void runBatch(deps, {
      base: current.request,
      options: plan.requests.map((r) => r.options),
      label: `X/Y grid ${plan.rows}×${plan.cols}`,
      parentResultId: current.request.initImage ? currentInitParent() : undefined,
      onAdded: (i, added) => {
        const req = plan.requests[i];
        if (!req) return;
        added.forEach((a, k) => {
          const col = req.cols[k];
          if (col !== undefined) useStudioView.getState().setGridCell(req.row, col, a.id);
        });
      },
    });
  };

  const progress = runner.progress && runner.running ? runner.progress : undefined;
  const closeAndCancel = () => {
    runner.cancel();
    closeView();
  };
  return (
    <>
      {view && (
        <div className="absolute inset-0 z-10 bg-ink-950">
          {view.kind === 'compare' ? (
            <CompareOverlay
              ids={view.ids}
              progress={progress}
              onCancel={runner.running ? runner.cancel : undefined}
              onClose={closeView}
            />
          ) : (
            <GridOverlay
              view={view}
              running={runner.running}
              progress={runner.progress ?? undefined}
              onCancel={runner.cancel}
              onClose={closeAndCancel}
            />
          )}
        </div>
      )}
      {dialog?.kind === 'seeds' && (
        <CompareSeedsDialog
          options={dialog.current.request.options}
          mode={dialog.current.request.mode}
          onRun={(plan) => runSweep(dialog.current, plan)}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'grid' && (
        <XYGridDialog
          options={dialog.current.request.options}
          mode={dialog.current.request.mode}
          context={dialog.current.context}
          onRun={(plan) => runGrid(dialog.current, plan)}
          onClose={closeDialog}
        />
      )}
    </>
  );
}
