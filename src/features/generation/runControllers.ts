/**
 * One AbortController per running generation, keyed by run id. Kept outside react-query's cache on
 * purpose: the cache holds serialisable-ish state, and a controller is a live handle.
 */
const controllers = new Map<string, AbortController>();

let counter = 0;
/** A new run id (unique within the page). */
export function newRunId(): string {
  counter += 1;
  return `run-${counter}`;
}

/** Registers a run and returns the signal its request listens to. */
export function startRun(runId: string): AbortSignal {
  const c = new AbortController();
  controllers.set(runId, c);
  return c.signal;
}

/** Aborts a running request; a no-op for runs already finished. */
export function cancelRun(runId: string): void {
  controllers.get(runId)?.abort();
}

/** Forgets a finished run's controller. */
export function releaseRun(runId: string): void {
  controllers.delete(runId);
}
