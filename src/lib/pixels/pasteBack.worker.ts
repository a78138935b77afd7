/**
 * The paste-back worker: keeps the full-resolution picture, the mask and the answer, and answers
 * composite, patch, seam and preview requests (pasteBackProtocol.ts), so compositing a 24-megapixel photo
 * never holds up the main thread.
 */
import { createPasteBackHandler, type PasteBackRequest } from './pasteBackProtocol';

const handle = createPasteBackHandler();

self.onmessage = (event: MessageEvent<PasteBackRequest>) => {
  const { reply, transfer } = handle(event.data);
  self.postMessage(reply, { transfer });
};
