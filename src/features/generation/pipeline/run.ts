import {
  loadBackendRuntime,
  type Connection,
  type GenerationRequest,
  type GessoClient,
  type ValidationIssue,
} from '../../../lib/api/studio';
// Not lib/png's index: importing it runs every writer's module-level tables (CRC, sampler names), so the
// bundler kept all of them in the first paint (2.3 kB gzipped).
import { blobPngDimensions } from '../../../lib/png/pngDimensions';
import { useGalleryStore, type GalleryItem } from '../../gallery';
import { currentConnection } from '../../settings';
import { failureText, newResultsOf, runInputsOf, runRecipeOf, type GalleryWriter } from './galleryRecords';
import { endJob, startJob, updateJob } from './jobsStore';
import { runJobs } from './runJobs';

/**
 * Requests in flight at once within one job. Two keeps the local engine (2 cores) busy without queueing,
 * and stays polite to the hosted API's rate limit.
 */
export const RUN_CONCURRENCY = 2;

/** How a job is shown, grouped and cancelled. */
export interface RunOptions {
  /** What "Running generations" shows: the prompts, "Seed sweep ×4", "Upscale". */
  label: string;
  /** The gallery group header of its results and the run record's label (sweeps, grids); none for one run. */
  group?: string;
  /** The gallery result its input image came from. */
  parentResultId?: string;
  /** Cancels the job as its own Cancel does. */
  signal?: AbortSignal;
  /** Called as each request's pictures are stored (index into the requests given to `run`). */
  onAdded?: (index: number, added: GalleryItem[]) => void;
}

/** How a job ended. A failure is also on screen (its alert); a cancel shows nothing. */
export interface RunOutcome {
  status: 'done' | 'failed' | 'cancelled';
  /** The pictures stored, in request order (a failed or cancelled job keeps what arrived). */
  items: GalleryItem[];
  error?: unknown;
}

/** A started job: its id (for its progress and Cancel) and how it ends. */
export interface RunHandle {
  jobId: string;
  done: Promise<RunOutcome>;
}

/** A request broke a rule of its API; the panel normally prevents this (a Re-run of an old recipe may not). */
export class InvalidRequestError extends Error {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(issues.map((i) => i.message).join('; '));
    this.name = 'InvalidRequestError';
    this.issues = issues;
  }
}

/** What `run` talks to; tests pass fakes. */
export interface RunDeps {
  gallery: GalleryWriter;
  connect: (request: GenerationRequest) => Promise<{
    validate: (request: GenerationRequest) => ValidationIssue[];
    split: (request: GenerationRequest) => GenerationRequest[];
    client: Pick<GessoClient, 'generate'>;
  }>;
  host: string;
}

/** The studio's own dependencies: the gallery store, and the chosen API's runtime on the current connection. */
function studioDeps(): RunDeps {
  const { host, conn } = currentConnection();
  return { gallery: useGalleryStore.getState(), connect: (request) => connectFor(request, conn), host };
}

async function connectFor(request: GenerationRequest, conn: Connection) {
  const { backend, createClient } = await loadBackendRuntime(request.backend);
  return { validate: backend.validate, split: backend.split, client: createClient(conn, backend) };
}

/**
 * The one door for every generation — Generate, Compare seeds, X/Y grid, Re-run, Upscale. A job of one or
 * more requests, top to bottom:
 *
 *   list it in "Running generations" (elapsed time, its own Cancel)
 *   → load the request's API (validation, wire, client) → validate every request by the API's rules
 *   → split each into what the API takes at once → one run record in the gallery (re-runnable if a reload
 *   cuts it off) → send, two at a time → store each request's pictures as they arrive, with their recipe
 *   → finish the run record (or fail it) → leave the list, or stay as a failure alert. A cancel shows nothing.
 *
 * Requests are normalized already (buildGenerationRequest, or a stored recipe). Never rejects.
 */
export function run(
  requests: GenerationRequest | readonly GenerationRequest[],
  options: RunOptions,
  deps: RunDeps = studioDeps(),
): RunHandle {
  const list = Array.isArray(requests) ? [...requests] : [requests as GenerationRequest];
  const first = list[0];
  const job = startJob(
    { label: options.label, host: deps.host, engineId: first?.engineId ?? '' },
    options.signal,
  );
  return { jobId: job.id, done: runJob(list, options, deps, job) };
}

/**
 * The request with its input image's pixel size, read from the PNG header when the caller did not say it
 * (a Re-run's stored image, a result to upscale): the API's rules judge that size.
 */
async function withImageSize(request: GenerationRequest): Promise<GenerationRequest> {
  if (!request.initImage || request.initImageSize) return request;
  const size = await blobPngDimensions(request.initImage);
  return size ? { ...request, initImageSize: size } : request;
}

async function runJob(
  given: GenerationRequest[],
  options: RunOptions,
  deps: RunDeps,
  job: { id: string; signal: AbortSignal },
): Promise<RunOutcome> {
  let api: Awaited<ReturnType<RunDeps['connect']>>;
  let requests: GenerationRequest[];
  let first: GenerationRequest | undefined;
  try {
    requests = await Promise.all(given.map(withImageSize));
    first = requests[0];
    if (!first) {
      endJob(job.id);
      return { status: 'done', items: [] };
    }
    api = await deps.connect(first);
    const issues = requests.flatMap((r) => api.validate(r));
    if (issues.length > 0) throw new InvalidRequestError(issues);
  } catch (error) {
    endJob(job.id, { error });
    return { status: 'failed', items: [], error };
  }
  if (job.signal.aborted) {
    endJob(job.id);
    return { status: 'cancelled', items: [] };
  }
  const parts = requests.flatMap((request, index) => api.split(request).map((part) => ({ part, index })));
  updateJob(job.id, { total: parts.length });

  const meta = { group: options.group, parentResultId: options.parentResultId };
  const stored = await deps.gallery.beginRun(runRecipeOf(first, meta), runInputsOf(first, options.group));
  // Results still group when the run record could not be stored (storage full): they share a local id.
  const runId = stored ?? `local-${job.id}`;
  const tasks = parts.map(({ part, index }) => async (signal: AbortSignal) => {
    const images = await api.client.generate(part, signal);
    const added = await deps.gallery.addResults(newResultsOf(part, images, { ...meta, runId }));
    options.onAdded?.(index, added);
    return added;
  });
  const results = await runJobs(tasks, {
    concurrency: RUN_CONCURRENCY,
    signal: job.signal,
    onProgress: (p) => updateJob(job.id, { done: p.done, failed: p.failed }),
  });
  const items = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
  const failure = results.find((r) => r.status === 'rejected');
  if (stored) {
    if (items.length === 0 && failure) await deps.gallery.failRun(stored, failureText(failure.reason));
    else
      await deps.gallery.finishRun(
        stored,
        items.map((a) => a.id),
      );
  }
  if (failure && !job.signal.aborted) {
    endJob(job.id, { error: failure.reason });
    return { status: 'failed', items, error: failure.reason };
  }
  endJob(job.id);
  return { status: job.signal.aborted ? 'cancelled' : 'done', items };
}
