/** Where a batch of jobs stands; reported after every change. */
export interface JobProgress {
  total: number;
  done: number;
  failed: number;
  running: number;
  cancelled: boolean;
}

/** The outcome of one task, in the order the tasks were given. */
export type JobResult<T> =
  { status: 'fulfilled'; value: T } | { status: 'rejected'; reason: unknown } | { status: 'cancelled' };

export interface RunJobsOptions {
  /** Most tasks in flight at once (≥ 1). */
  concurrency: number;
  /** Aborting it cancels all: in-flight tasks see their own signal abort, queued tasks never start. */
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
}

/**
 * Runs tasks with at most `concurrency` in flight. Each task gets its own AbortSignal, aborted when the
 * batch is cancelled, so a fetch in flight stops instead of finishing into the void. Never rejects: one
 * failure does not stop the others (a sweep keeps the pictures that did arrive).
 */
export async function runJobs<T>(
  tasks: ReadonlyArray<(signal: AbortSignal) => Promise<T>>,
  options: RunJobsOptions,
): Promise<Array<JobResult<T>>> {
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const results: Array<JobResult<T>> = tasks.map(() => ({ status: 'cancelled' }));
  const controllers = new Set<AbortController>();
  const progress: JobProgress = { total: tasks.length, done: 0, failed: 0, running: 0, cancelled: false };
  const report = () => options.onProgress?.({ ...progress });

  const cancelAll = () => {
    progress.cancelled = true;
    for (const c of controllers) c.abort(options.signal?.reason);
    report();
  };
  if (options.signal?.aborted) {
    progress.cancelled = true;
    report();
    return results;
  }
  options.signal?.addEventListener('abort', cancelAll, { once: true });

  let next = 0;
  const worker = async (): Promise<void> => {
    while (!progress.cancelled && next < tasks.length) {
      const index = next++;
      const task = tasks[index];
      if (!task) continue;
      const controller = new AbortController();
      controllers.add(controller);
      progress.running++;
      report();
      try {
        const value = await task(controller.signal);
        // A picture that arrived despite a cancel is kept: the gallery never loses finished work.
        results[index] = { status: 'fulfilled', value };
        progress.done++;
      } catch (reason) {
        if (controller.signal.aborted) {
          results[index] = { status: 'cancelled' };
        } else {
          results[index] = { status: 'rejected', reason };
          progress.failed++;
        }
      } finally {
        controllers.delete(controller);
        progress.running--;
        report();
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker));
  } finally {
    options.signal?.removeEventListener('abort', cancelAll);
  }
  return results;
}
