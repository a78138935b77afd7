import type { PasteBackInput } from './PasteBackSession';
import {
  createPasteBackHandler,
  type PasteBackCall,
  type PasteBackReply,
  type PasteBackRequest,
  type PasteBackResults,
} from './pasteBackProtocol';
import { latestWins } from './latestWins';
import type { PreviewRequest } from './renderPreview';

/** The minimal Worker surface used, so tests can hand in a stand-in. */
export type PixelWorker = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

function createPasteBackWorker(): PixelWorker {
  return new Worker(new URL('./pasteBack.worker.ts', import.meta.url), { type: 'module' });
}

/** The studio's handle on one paste-back: every method answers from the worker (or in-thread without one). */
export interface PasteBack {
  /**
   * Hands over the picture, mask, region and answer, and resolves the patch at `feather` (default 0): the
   * composite where it differs from the original, to draw over it at once. With `transfer`, the buffers
   * move to the worker (the caller's views become empty) instead of being copied — a 6000×4000 picture is
   * 96 MB.
   */
  load(
    input: PasteBackInput,
    options?: { transfer?: boolean; feather?: number },
  ): Promise<PasteBackResults['load']>;
  /** The composite where it differs from the original: write it over the full picture. */
  patch(feather: number): Promise<PasteBackResults['patch']>;
  /** The whole kept picture (a copy of the original with the patch in). */
  composite(feather: number): Promise<PasteBackResults['composite']>;
  seam(feather: number): Promise<PasteBackResults['seam']>;
  /**
   * A screen-resolution view. Latest wins: a preview asked while another is being drawn waits, and is
   * replaced by any newer one (the replaced promise resolves `null`), so dragging "Feather" never queues.
   * Rejects when the worker cannot draw it.
   */
  preview(request: PreviewRequest): Promise<PasteBackResults['preview'] | null>;
  /** Stops the worker and fails what is still waiting. */
  dispose(): void;
}

type Waiting = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/**
 * Starts a paste-back worker (`pasteBack.worker.ts`). Where `Worker` does not exist (unit tests) the same
 * handler runs in this thread. A worker that fails rejects every call waiting on it with its message.
 */
export function createPasteBack(options: { createWorker?: () => PixelWorker } = {}): PasteBack {
  const create = options.createWorker ?? (typeof Worker === 'undefined' ? undefined : createPasteBackWorker);
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  let send: (request: PasteBackRequest, transfer: Transferable[]) => void;
  let worker: PixelWorker | null = null;
  const settle = (reply: PasteBackReply) => {
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if (reply.ok) w.resolve(reply.value);
    else w.reject(new Error(reply.message));
  };
  if (create) {
    worker = create();
    worker.onmessage = (event: MessageEvent<PasteBackReply>) => settle(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      const message = event.message || 'The paste-back worker failed';
      for (const w of waiting.values()) w.reject(new Error(message));
      waiting.clear();
    };
    const w = worker;
    send = (request, transfer) => w.postMessage(request, transfer);
  } else {
    const handle = createPasteBackHandler();
    // A microtask later, as a worker would answer: callers never see a synchronous reply.
    send = (request) => queueMicrotask(() => settle(handle(request).reply));
  }

  function call<T extends PasteBackCall['type']>(
    message: Extract<PasteBackCall, { type: T }>,
    transfer: Transferable[] = [],
  ): Promise<PasteBackResults[T]> {
    const id = nextId++;
    return new Promise<PasteBackResults[T]>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      send({ ...message, id }, transfer);
    });
  }

  const previews = latestWins((request: PreviewRequest) => call({ type: 'preview', request }));

  return {
    load(input, { transfer = false, feather = 0 } = {}) {
      const buffers = transfer
        ? [input.original.data.buffer, input.mask.data.buffer, input.answer.data.buffer]
        : [];
      return call({ type: 'load', input, feather }, [...new Set(buffers)] as ArrayBuffer[]);
    },
    patch: (feather) => call({ type: 'patch', feather }),
    composite: (feather) => call({ type: 'composite', feather }),
    seam: (feather) => call({ type: 'seam', feather }),
    preview: (request) => previews.ask(request),
    dispose() {
      worker?.terminate();
      for (const w of waiting.values()) w.reject(new Error('Paste-back was closed'));
      waiting.clear();
      previews.drop();
    },
  };
}
