import type { GenerationRequest, WireGenerationOptions } from '../../../lib/api';
import type { GalleryItem } from '../../gallery';
import type { JobResult } from '../../compare';
import { newResultsOf, runInputsOf, runRecipeOf, type GalleryWriter, type RunMeta } from './galleryRecords';
import type { GenerateFn } from './generateIntoGallery';

export interface BatchDeps {
  gallery: GalleryWriter;
  generate: GenerateFn;
  /** Runs the tasks under a concurrency limit with cancel-all (useJobRunner().run, or runJobs in tests). */
  runTasks: (
    tasks: ReadonlyArray<(signal: AbortSignal) => Promise<GalleryItem[]>>,
  ) => Promise<Array<JobResult<GalleryItem[]>>>;
}

export interface BatchInput {
  /** The current recipe as one request: mode, engine, init image and mask every request reuses. */
  base: GenerationRequest;
  /** One entry per request (a sweep's seeds/samples, or a grid row's value). */
  options: readonly WireGenerationOptions[];
  /** The gallery group's label, e.g. "Seed sweep ×4". */
  label: string;
  parentResultId?: string;
  /** Called as each request's pictures are stored (index into `options`). */
  onAdded?: (index: number, added: GalleryItem[]) => void;
}

/** The requests of a batch: the base request with each entry's options (same endpoint, init image, mask). */
export function batchRequests(
  base: GenerationRequest,
  options: readonly WireGenerationOptions[],
): GenerationRequest[] {
  return options.map((o) => ({ ...base, options: o }));
}

let localRun = 0;

/**
 * Runs several requests of one recipe as ONE run in the gallery: one run record (re-runnable if a reload cuts
 * it off), every picture stored as it arrives under the batch's label so the gallery groups them. Returns the
 * stored results in request order; failed or cancelled requests leave none.
 */
export async function runBatch(deps: BatchDeps, input: BatchInput): Promise<GalleryItem[]> {
  const requests = batchRequests(input.base, input.options);
  const meta: RunMeta = { runLabel: input.label, parentResultId: input.parentResultId };
  const first = requests[0];
  if (!first) return [];
  const stored = await deps.gallery.beginRun(runRecipeOf(first, meta), runInputsOf(input.base, input.label));
  // Results still group when the run record could not be stored (storage full): they share a local id.
  const runId = stored ?? `local-run-${++localRun}`;
  const tasks = requests.map((request, index) => async (signal: AbortSignal) => {
    const images = await deps.generate(request, signal);
    const added = await deps.gallery.addResults(newResultsOf(request, images, { ...meta, runId }));
    input.onAdded?.(index, added);
    return added;
  });
  const results = await deps.runTasks(tasks);
  const added = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
  if (stored) {
    const failed = results.find((r) => r.status === 'rejected');
    if (added.length === 0 && failed) await deps.gallery.failRun(stored, String(failed.reason));
    else
      await deps.gallery.finishRun(
        stored,
        added.map((a) => a.id),
      );
  }
  return added;
}

/** The gallery label of a seed sweep. */
export function sweepLabel(count: number): string {
  return `Seed sweep ×${count}`;
}
