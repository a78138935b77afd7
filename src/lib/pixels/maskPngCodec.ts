import type { PixelWorker } from './createPasteBack';
import { handleMaskPng, type MaskPngReply, type MaskPngRequest } from './maskPngProtocol';
import type { GreyImage } from './types';

function createMaskPngWorker(): PixelWorker {
  return new Worker(new URL('./maskPng.worker.ts', import.meta.url), { type: 'module' });
}

export interface MaskPngOptions {
  /** Tests hand in a stand-in; without one a fresh worker is started (in-thread where `Worker` does not exist). */
  createWorker?: () => PixelWorker;
}

/** One request to a fresh worker, terminated after its answer: its memory goes with it. */
function run(
  request: MaskPngRequest,
  transfer: Transferable[],
  options: MaskPngOptions,
): Promise<MaskPngReply> {
  const create = options.createWorker ?? (typeof Worker === 'undefined' ? undefined : createMaskPngWorker);
  if (!create) return handleMaskPng(request);
  return new Promise((resolve) => {
    const worker = create();
    const finish = (reply: MaskPngReply) => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      resolve(reply);
    };
    worker.onmessage = (event: MessageEvent<MaskPngReply>) => finish(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      finish({ ok: false, message: event.message || 'The mask PNG worker did not start' });
    };
    worker.postMessage(request, transfer);
  });
}

/**
 * The mask as a compressed 8-bit greyscale PNG (`encodeGreyPng`), made in a worker. With `transfer` the
 * mask's buffer moves to the worker (the caller's view becomes empty) instead of being copied.
 */
export async function compressMask(
  mask: GreyImage,
  options: MaskPngOptions & { transfer?: boolean } = {},
): Promise<Uint8Array> {
  const reply = await run({ type: 'encode', mask }, options.transfer ? [mask.data.buffer] : [], options);
  if (!reply.ok) throw new Error(`The mask could not be compressed: ${reply.message}`);
  if (reply.type !== 'encode') throw new Error('The mask PNG worker answered another request');
  return reply.png;
}

/** A saved mask's pixels, byte for byte (`decodeGreyPng`), read in a worker. */
export async function decompressMask(png: Uint8Array, options: MaskPngOptions = {}): Promise<GreyImage> {
  const reply = await run({ type: 'decode', png }, [], options);
  if (!reply.ok) throw new Error(`The mask could not be read: ${reply.message}`);
  if (reply.type !== 'decode') throw new Error('The mask PNG worker answered another request');
  return reply.mask;
}
