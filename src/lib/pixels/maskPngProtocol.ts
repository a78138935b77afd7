import { decodeGreyPng } from './decodeGreyPng';
import { encodeGreyPng } from './encodeGreyPng';
import type { GreyImage } from './types';

/** What the mask PNG worker is asked: one encode or decode per worker. */
export type MaskPngRequest = { type: 'encode'; mask: GreyImage } | { type: 'decode'; png: Uint8Array };

export type MaskPngReply =
  | { ok: true; type: 'encode'; png: Uint8Array }
  | { ok: true; type: 'decode'; mask: GreyImage }
  | { ok: false; message: string };

/** Runs one request (in the worker, or in-thread where there is none). Never rejects. */
export async function handleMaskPng(request: MaskPngRequest): Promise<MaskPngReply> {
  try {
    if (request.type === 'encode')
      return { ok: true, type: 'encode', png: await encodeGreyPng(request.mask) };
    return { ok: true, type: 'decode', mask: await decodeGreyPng(request.png) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** The buffer a reply owns, to transfer rather than copy. */
export function replyBuffer(reply: MaskPngReply): ArrayBuffer[] {
  if (!reply.ok) return [];
  return [(reply.type === 'encode' ? reply.png : reply.mask.data).buffer as ArrayBuffer];
}
