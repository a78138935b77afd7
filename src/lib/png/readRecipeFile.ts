import type { RecipeFileResult } from './readRecipeInThread';

/**
 * How long a recipe read may take before its worker is stopped. The caps make a real read take well under
 * a second even for a 64 MB file on a slow machine; this only bounds the unforeseen.
 */
export const RECIPE_READ_TIMEOUT_MS = 20_000;

/** The minimal Worker surface used, so tests can hand in a stand-in. */
export type RecipeWorker = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

/** One worker per read: its memory goes when it is terminated, and a stuck read cannot block the next. */
function createRecipeWorker(): RecipeWorker {
  return new Worker(new URL('./readRecipe.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Reads the recipe of an untrusted PNG off the main thread: the file goes to a fresh worker (a File is
 * passed by reference, not copied), which reads it slice by slice within `PNG_LIMITS` and answers a
 * `RecipeFileResult`. The worker is terminated after its answer, after `timeoutMs`, when it fails to
 * start, or when `signal` aborts (the user's Cancel: `reason: 'cancelled'`). Where `Worker` does not exist
 * (unit tests, old environments) it reads in this thread, with the same caps. Never rejects.
 */
export async function readRecipeFile(
  file: Blob,
  options: { timeoutMs?: number; createWorker?: () => RecipeWorker; signal?: AbortSignal } = {},
): Promise<RecipeFileResult> {
  const { signal } = options;
  const cancelled: RecipeFileResult = { ok: false, reason: 'cancelled', message: 'Reading was cancelled' };
  if (signal?.aborted) return cancelled;
  const create = options.createWorker ?? (typeof Worker === 'undefined' ? undefined : createRecipeWorker);
  // Imported here, not at the top: with a worker, the parsers load in the worker only.
  if (!create) return (await import('./readRecipeInThread')).readRecipeInThread(file);
  return new Promise((resolve) => {
    const worker = create();
    const finish = (result: RecipeFileResult) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          reason: 'timeout',
          message: `Reading took longer than ${RECIPE_READ_TIMEOUT_MS / 1000} s and was stopped`,
        }),
      options.timeoutMs ?? RECIPE_READ_TIMEOUT_MS,
    );
    const stop = () => finish(cancelled);
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<RecipeFileResult>) => finish(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      finish({ ok: false, reason: 'failed', message: event.message || 'The recipe reader did not start' });
    };
    worker.postMessage(file);
  });
}
