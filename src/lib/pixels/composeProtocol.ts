import { decodeGreyPng } from './decodeGreyPng';
import { PasteBackSession } from './PasteBackSession';
import type { PreviewRequest } from './renderPreview';
import type { GreyImage, Rect, RgbaImage, Size } from './types';

/** A stored paste-back as blobs: the picture, its mask (PNG), the engine's answer, and where it goes. */
export interface ComposeSource {
  original: Blob;
  mask: Blob;
  answer: Blob;
  region: Rect;
  /** The mask is written black = repaint (mask source MASK_IMAGE_BLACK): inverted on reading. */
  maskBlackRepaints?: boolean;
}

/** What the compose worker is asked: one source per worker, then previews and PNGs of it. */
export type ComposeCall =
  | { type: 'load'; source: ComposeSource }
  | { type: 'preview'; request: PreviewRequest }
  | { type: 'png'; feather: number };

export interface ComposeResults {
  load: Size;
  preview: Uint8ClampedArray;
  png: Blob;
}

export type ComposeRequest = ComposeCall & { id: number };
export type ComposeReply =
  | { id: number; ok: true; value: ComposeResults[ComposeCall['type']] }
  | { id: number; ok: false; message: string };

/** What the worker needs from the platform to read and write pictures (OffscreenCanvas in a worker). */
export interface PictureCodec {
  decode(blob: Blob): Promise<RgbaImage>;
  encodePng(image: RgbaImage): Promise<Blob>;
}

/** A mask PNG's values: exact through `decodeGreyPng` for an 8-bit grey PNG, else the red channel. */
async function decodeMask(blob: Blob, codec: PictureCodec, invert: boolean): Promise<GreyImage> {
  let mask: GreyImage;
  try {
    mask = await decodeGreyPng(new Uint8Array(await blob.arrayBuffer()));
  } catch {
    const rgba = await codec.decode(blob);
    const data = new Uint8Array(rgba.width * rgba.height);
    for (let i = 0; i < data.length; i++) data[i] = rgba.data[i * 4]!;
    mask = { width: rgba.width, height: rgba.height, data };
  }
  if (invert) for (let i = 0; i < mask.data.length; i++) mask.data[i] = 255 - mask.data[i]!;
  return mask;
}

/**
 * The compose worker's side, free of `self` so a test can run it in-thread: decodes the source once into a
 * `PasteBackSession` and answers previews (screen pixels) and PNGs of the whole composite.
 */
export function createComposeHandler(codec: PictureCodec): (request: ComposeRequest) => Promise<{
  reply: ComposeReply;
  transfer: Transferable[];
}> {
  let session: PasteBackSession | null = null;
  const need = () => {
    if (!session) throw new Error('Nothing to composite: load the picture, mask and answer first');
    return session;
  };
  return async (request) => {
    try {
      switch (request.type) {
        case 'load': {
          const { source } = request;
          const [original, mask, answer] = await Promise.all([
            codec.decode(source.original),
            decodeMask(source.mask, codec, source.maskBlackRepaints === true),
            codec.decode(source.answer),
          ]);
          session = new PasteBackSession({ original, mask, region: source.region, answer });
          return ok(request.id, { width: original.width, height: original.height });
        }
        case 'preview': {
          const pixels = need().preview(request.request);
          return ok(request.id, pixels, [pixels.buffer as ArrayBuffer]);
        }
        case 'png':
          return ok(request.id, await codec.encodePng(need().composite(request.feather)));
      }
    } catch (e) {
      return {
        reply: { id: request.id, ok: false, message: e instanceof Error ? e.message : String(e) },
        transfer: [],
      };
    }
  };
}

function ok(id: number, value: ComposeResults[ComposeCall['type']], transfer: Transferable[] = []) {
  return { reply: { id, ok: true as const, value }, transfer };
}
