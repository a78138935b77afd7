import {
  CompareSeedsDialog,
  XYGridDialog,
  type SeedSweepRequest,
  type XYGridPlan,
} from '../features/compare';
import { cancelJob, run, useAccountBalance, useJob, type CurrentRequest } from '../features/generation';
import { backendById, type GenerationParams } from '../lib/api/studio';
import { CompareOverlay } from './CompareOverlay';
import { GridOverlay } from './GridOverlay';
import { useStudioView } from './studioView';

/** The gallery label of a seed sweep. */
export function sweepLabel(count: number): string {
  return `Seed sweep ×${count}`;
}

/** The price of one request of a sweep or grid: the current request with these params, by its API's rule. */
const costOfParams = (current: CurrentRequest) => (params: GenerationParams) =>
  current.cost({ ...current.request, params });

/**
 * Starts seed sweeps and X/Y grids — each one job of the generation pipeline, listed in "Running
 * generations" with its own Cancel — and shows what covers the canvas: the comparison view or the grid,
 * filling in as results arrive. Mounted once, so a job outlives its dialog.
 */
export function SweepHost() {
  const { dialog, view, jobId, closeDialog, closeView } = useStudioView();
  const job = useJob(jobId ?? undefined);
  const balance = useAccountBalance();

  const runSweep = (current: CurrentRequest, plan: SeedSweepRequest[]) => {
    const studio = useStudioView.getState();
    studio.closeDialog();
    studio.showCompare([]);
    const label = sweepLabel(plan.reduce((n, p) => n + p.seeds.length, 0));
    const handle = run(
      plan.map((p) => ({ ...current.request, params: p.params })),
      {
        label,
        group: label,
        parentResultId: current.parentResultId,
        // Newest first in the gallery, but the comparison reads in seed order.
        onAdded: (_i, added) => useStudioView.getState().addCompared(added.map((a) => a.id)),
      },
    );
    studio.watchJob(handle.jobId);
  };

  const runGrid = (current: CurrentRequest, plan: XYGridPlan) => {
    const studio = useStudioView.getState();
    studio.closeDialog();
    studio.showGrid(plan);
    const label = `X/Y grid ${plan.rows}×${plan.cols}`;
    const { request } = current;
    // A row of the engine axis runs on its own engine: normalized for it (Core takes no CFG, SD 3.5 does).
    const api = backendById(request.backend);
    const handle = run(
      plan.requests.map((r) =>
        api.normalize({ ...request, engineId: r.engineId ?? request.engineId, params: r.params }),
      ),
      {
        label,
        group: label,
        parentResultId: current.parentResultId,
        onAdded: (i, added) => {
          const req = plan.requests[i];
          if (!req) return;
          added.forEach((a, k) => {
            const col = req.cols[k];
            if (col !== undefined) useStudioView.getState().setGridCell(req.row, col, a.id);
          });
        },
      },
    );
    studio.watchJob(handle.jobId);
  };

  const running = job?.status === 'running';
  const progress =
    job && job.total > 0 ? { done: job.done, total: job.total, failed: job.failed } : undefined;
  const cancel = () => {
    if (jobId) cancelJob(jobId);
  };
  const closeAndCancel = () => {
    cancel();
    closeView();
  };
  return (
    <>
      {view && (
        <div className="absolute inset-0 z-10 bg-ink-950">
          {view.kind === 'compare' ? (
            <CompareOverlay
              ids={view.ids}
              progress={running ? progress : undefined}
              onCancel={running ? cancel : undefined}
              onClose={closeView}
            />
          ) : (
            <GridOverlay
              view={view}
              running={running}
              progress={progress}
              onCancel={cancel}
              onClose={closeAndCancel}
            />
          )}
        </div>
      )}
      {dialog?.kind === 'seeds' && (
        <CompareSeedsDialog
          params={dialog.current.request.params}
          maxSamplesPerRequest={dialog.current.maxSamplesPerRequest}
          seedMax={dialog.current.fields.seed.max}
          costOf={costOfParams(dialog.current)}
          balance={balance}
          onRun={(plan) => runSweep(dialog.current, plan)}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'grid' && (
        <XYGridDialog
          request={dialog.current.request}
          fields={dialog.current.fields}
          validate={dialog.current.validate}
          engines={dialog.current.engines}
          maxSamplesPerRequest={dialog.current.maxSamplesPerRequest}
          costOf={costOfParams(dialog.current)}
          balance={balance}
          onRun={(plan) => runGrid(dialog.current, plan)}
          onClose={closeDialog}
        />
      )}
    </>
  );
}
