import { composeGridPng } from './composeGridPng';
import type {
  ExportGridInput,
  GridExportMessage,
  GridExportProgress,
  GridExportResult,
} from './gridExportProtocol';

/** How an export is followed and stopped. */
export interface ExportGridOptions {
  /** Aborting it stops the export (its worker is terminated); the promise rejects with an AbortError. */
  signal?: AbortSignal;
  onProgress?: (progress: GridExportProgress) => void;
}

const cancelled = () => new DOMException('The grid export was cancelled', 'AbortError');

/**
 * Exports the grid as one labelled PNG with the cells' recipes (`gesso-grid` chunk). The work runs in a
 * worker of its own (decoding, drawing on an OffscreenCanvas, encoding, writing the chunk), so the studio
 * stays responsive and Cancel stops it at once; where Worker or OffscreenCanvas is missing it runs here,
 * checking the signal between steps.
 */
export function exportGridPng(
  input: ExportGridInput,
  options: ExportGridOptions = {},
): Promise<GridExportResult> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(cancelled());
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') {
    return composeGridPng(input, onProgress, signal);
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./exportGrid.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      signal?.removeEventListener('abort', stop);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
    };
    const stop = () => {
      finish();
      reject(cancelled());
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<GridExportMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') return onProgress?.(message.progress);
      finish();
      if (message.kind === 'done') resolve(message.result);
      else reject(new Error(message.message));
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      finish();
      reject(new Error(event.message || 'The grid export could not start'));
    };
    // Blobs cross by reference: the pictures are not copied on the way.
    worker.postMessage(input);
  });
}
