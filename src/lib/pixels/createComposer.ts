import {
  type ComposeCall,
  type ComposeReply,
  type ComposeRequest,
  type ComposeResults,
  type ComposeSource,
} from './composeProtocol';
import type { PixelWorker } from './createPasteBack';
import { latestWins } from './latestWins';
import type { PreviewRequest } from './renderPreview';
import type { Size } from './types';

function createComposeWorker(): PixelWorker {
  return new Worker(new URL('./compose.worker.ts', import.meta.url), { type: 'module' });
}

/** A handle on one compose worker holding one stored paste-back (createComposer). */
export interface Composer {
  /** The full picture's size once the picture, mask and answer are decoded (in the worker). */
  ready: Promise<Size>;
  /**
   * Screen pixels of the composite (or its seam). Latest wins: a preview asked while another is drawn
   * replaces any waiting one (which resolves null), so dragging "Feather" never queues.
   */
  preview(request: PreviewRequest): Promise<Uint8ClampedArray | null>;
  /** The whole kept picture at `feather`, as a PNG encoded in the worker. */
  png(feather: number): Promise<Blob>;
  dispose(): void;
}

/**
 * Starts a compose worker (`compose.worker.ts`) for a stored paste-back: the picture, mask and answer are
 * decoded there once, and every composite, preview and PNG is made there. Needs `Worker`.
 */
export function createComposer(source: ComposeSource, createWorker = createComposeWorker): Composer {
  const worker = createWorker();
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let failed: Error | null = null;
  worker.onmessage = (event: MessageEvent<ComposeReply>) => {
    const reply = event.data;
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if (reply.ok) w.resolve(reply.value);
    else w.reject(new Error(reply.message));
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    failed = new Error(event.message || 'The compositing worker failed');
    for (const w of waiting.values()) w.reject(failed);
    waiting.clear();
  };
  const call = <T extends ComposeCall['type']>(message: Extract<ComposeCall, { type: T }>) =>
    new Promise<ComposeResults[T]>((resolve, reject) => {
      if (failed) return reject(failed);
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ ...message, id } satisfies ComposeRequest);
    });

  const previews = latestWins((request: PreviewRequest) => call({ type: 'preview', request }));

  return {
    ready: call({ type: 'load', source }),
    preview: (request) => previews.ask(request),
    png: (feather) => call({ type: 'png', feather }),
    dispose() {
      worker.terminate();
      failed = new Error('The compositing worker was closed');
      for (const w of waiting.values()) w.reject(failed);
      waiting.clear();
      previews.drop();
    },
  };
}

/** One kept picture as a PNG: a worker started for it, and stopped when it is done. */
export async function composePng(source: ComposeSource, feather: number): Promise<Blob> {
  const composer = createComposer(source);
  try {
    await composer.ready;
    return await composer.png(feather);
  } finally {
    composer.dispose();
  }
}
