import { create } from 'zustand';

/** Where a job stands. Cancelled and finished jobs leave the list; failed ones stay until the next job. */
export type JobStatus = 'running' | 'failed';

/** One run as "Running generations" and the failure alert show it. */
export interface Job {
  id: string;
  /** The prompts, "Seed sweep ×4", "Upscale": what the listitem says. */
  label: string;
  /** When it was started (ms since epoch): the listitem's elapsed time counts from here. */
  startedAt: number;
  status: JobStatus;
  /** Requests in the job once the backend has split it (0 until then), and how many have answered. */
  total: number;
  done: number;
  failed: number;
  /** Failed jobs: what went wrong, for the alert. */
  error?: unknown;
  /** Where it was sent and with which engine, for the error sentence. */
  host: string;
  engineId: string;
}

interface JobsState {
  jobs: Job[];
  /** Jobs ended on this page, however they ended: what was charged may have changed (the balance). */
  ended: number;
}

/** Every job of this page: running ones, and the failures since the last job started. */
export const useJobsStore = create<JobsState>()(() => ({ jobs: [], ended: 0 }));

/** One AbortController per running job. Kept out of the store: a controller is a live handle, not state. */
const controllers = new Map<string, AbortController>();
let counter = 0;

/**
 * Lists a new job as running and returns its id and signal. A new attempt replaces earlier failure
 * messages (what was typed stays in the options store). An outside `signal` cancels it too.
 */
export function startJob(
  fields: Pick<Job, 'label' | 'host' | 'engineId'>,
  signal?: AbortSignal,
): { id: string; signal: AbortSignal } {
  counter += 1;
  const id = `job-${counter}`;
  const controller = new AbortController();
  controllers.set(id, controller);
  signal?.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  if (signal?.aborted) controller.abort(signal.reason);
  const job: Job = { ...fields, id, startedAt: Date.now(), status: 'running', total: 0, done: 0, failed: 0 };
  useJobsStore.setState((s) => ({ jobs: [...s.jobs.filter((j) => j.status === 'running'), job] }));
  return { id, signal: controller.signal };
}

/** Updates a job's progress. */
export function updateJob(id: string, patch: Partial<Pick<Job, 'total' | 'done' | 'failed'>>): void {
  useJobsStore.setState((s) => ({ jobs: s.jobs.map((j) => (j.id === id ? { ...j, ...patch } : j)) }));
}

/** Ends a job: a failure stays listed for its alert; a finished or cancelled job leaves the list. */
export function endJob(id: string, failure?: { error: unknown }): void {
  controllers.delete(id);
  useJobsStore.setState((s) => ({
    ended: s.ended + 1,
    jobs: failure
      ? s.jobs.map((j) => (j.id === id ? { ...j, status: 'failed', error: failure.error } : j))
      : s.jobs.filter((j) => j.id !== id),
  }));
}

/** "Cancel": aborts a running job; a no-op for jobs already finished. */
export function cancelJob(id: string): void {
  controllers.get(id)?.abort();
}

/** How many jobs have ended on this page; it changes when a run may have spent credits. */
export const useEndedJobCount = (): number => useJobsStore((s) => s.ended);

/** Jobs in flight, oldest first. */
export const useRunningJobs = (): Job[] => useJobsStore((s) => s.jobs).filter((j) => j.status === 'running');

/** Failed jobs since the last job started, newest first. */
export const useFailedJobs = (): Job[] =>
  useJobsStore((s) => s.jobs)
    .filter((j) => j.status === 'failed')
    .reverse();

/** One job, while it is listed. */
export const useJob = (id: string | undefined): Job | undefined =>
  useJobsStore((s) => s.jobs.find((j) => j.id === id));
