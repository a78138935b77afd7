import { PasteBackSession, type PasteBackInput, type Patch } from './PasteBackSession';
import type { PreviewRequest } from './renderPreview';
import type { GreyImage, Rect, RgbaImage } from './types';

/** What the paste-back worker is asked (one session per worker; `load` replaces it). */
export type PasteBackCall =
  | { type: 'load'; input: PasteBackInput; feather: number }
  | { type: 'patch'; feather: number }
  | { type: 'composite'; feather: number }
  | { type: 'seam'; feather: number }
  | { type: 'preview'; request: PreviewRequest };

/** What each call answers. */
export interface PasteBackResults {
  /** The patch at the feather asked with the load: what to draw at once, without a second round trip. */
  load: Patch;
  patch: Patch;
  composite: RgbaImage;
  seam: { rect: Rect; seam: GreyImage };
  preview: Uint8ClampedArray;
}

export type PasteBackRequest = PasteBackCall & { id: number };

export type PasteBackReply =
  | { id: number; ok: true; value: PasteBackResults[PasteBackCall['type']] }
  | { id: number; ok: false; message: string };

/**
 * The worker's side of the protocol, free of `self` so it runs in a test or in-thread: keeps one
 * `PasteBackSession` and answers each request, listing the answer's buffers to transfer (never copied back).
 */
export function createPasteBackHandler(): (request: PasteBackRequest) => {
  reply: PasteBackReply;
  transfer: ArrayBuffer[];
} {
  let session: PasteBackSession | null = null;
  const need = (): PasteBackSession => {
    if (!session) throw new Error('Paste-back has nothing loaded: send the picture, mask and answer first');
    return session;
  };
  return (request) => {
    try {
      switch (request.type) {
        case 'load': {
          session = new PasteBackSession(request.input);
          const patch = session.patch(request.feather);
          return answer(request.id, patch, [patch.data.buffer as ArrayBuffer]);
        }
        case 'patch': {
          const patch = need().patch(request.feather);
          return answer(request.id, patch, [patch.data.buffer as ArrayBuffer]);
        }
        case 'composite': {
          const image = need().composite(request.feather);
          return answer(request.id, image, [image.data.buffer as ArrayBuffer]);
        }
        case 'seam': {
          const seam = need().seam(request.feather);
          return answer(request.id, seam, [seam.seam.data.buffer as ArrayBuffer]);
        }
        case 'preview': {
          const pixels = need().preview(request.request);
          return answer(request.id, pixels, [pixels.buffer as ArrayBuffer]);
        }
      }
    } catch (e) {
      return {
        reply: { id: request.id, ok: false, message: e instanceof Error ? e.message : String(e) },
        transfer: [],
      };
    }
  };
}

function answer(id: number, value: PasteBackResults[PasteBackCall['type']], transfer: ArrayBuffer[]) {
  return { reply: { id, ok: true as const, value }, transfer };
}
