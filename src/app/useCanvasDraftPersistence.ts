import { useEffect } from 'react';

/**
 * Keeps the canvas as a draft across reloads (canvasDraftPersistence.ts). The restore and the saving
 * load on demand, right after the first paint: no part of the first paint needs them.
 */
export function useCanvasDraftPersistence(): void {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('./canvasDraftPersistence').then(({ startCanvasDraftPersistence }) => {
      if (!cancelled) stop = startCanvasDraftPersistence();
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
}
