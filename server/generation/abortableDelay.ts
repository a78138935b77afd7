import { ClientGoneError } from '../http/readBody.ts';

/** Waits `ms` (0 = just yield to the event loop), rejecting with ClientGoneError once `signal` aborts. */
export function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new ClientGoneError());
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new ClientGoneError());
    };
    // Even with no delay, yielding lets a disconnect be noticed between images.
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
