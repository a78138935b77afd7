import { useCallback, useEffect, useRef, useState } from 'react';
import { runJobs, type JobProgress, type JobResult } from './runJobs';

/**
 * Requests in flight at once for sweeps and grids. Two keeps the local engine (2 cores) busy without
 * queueing, and stays polite to the hosted API's rate limit.
 */
export const DEFAULT_CONCURRENCY = 2;

/**
 * React state around runJobs: progress for the progress bar, `running`, and `cancel` (cancel-all). Starting
 * a new batch cancels the previous one; unmounting cancels too, so no request outlives its view.
 */
export function useJobRunner() {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [running, setRunning] = useState(false);
  const current = useRef<AbortController | null>(null);

  const run = useCallback(
    async <T>(
      tasks: ReadonlyArray<(signal: AbortSignal) => Promise<T>>,
      concurrency = DEFAULT_CONCURRENCY,
    ): Promise<Array<JobResult<T>>> => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      setRunning(true);
      try {
        return await runJobs(tasks, { concurrency, signal: controller.signal, onProgress: setProgress });
      } finally {
        if (current.current === controller) {
          current.current = null;
          setRunning(false);
        }
      }
    },
    [],
  );

  const cancel = useCallback(() => current.current?.abort(), []);
  useEffect(() => () => current.current?.abort(), []);

  return { run, cancel, progress, running };
}
