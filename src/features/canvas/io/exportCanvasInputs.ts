import { getSession, type CanvasSession } from '../session/canvasSession';
import { useCanvasDocStore } from '../store/useCanvasDocStore';
import { encodePng } from './encodePng';

/** What the generation pipeline sends for image-to-image and masking: the canvas's one export type. */
export interface CanvasInputs {
  /** PNG of the init image at its own resolution. */
  initImage: Blob;
  /** PNG, same size: white = repaint, black = keep, grey = partial; null when the mask is empty. */
  mask: Blob | null;
  width: number;
  height: number;
  initHasAlpha: boolean;
  /** The gallery result the init image came from (recorded when it was loaded), so results name their parent. */
  parentResultId?: string;
}

const png = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });

/** The init image as PNG: the untouched original when there is one, else encoded once and cached. */
export function encodeInit(s: CanvasSession): Promise<Blob> {
  if (s.sourcePng) return Promise.resolve(s.sourcePng);
  s.encodedInit ??= (async () => {
    const ctx = s.image.getContext('2d');
    if (!ctx) throw new Error('2D canvas unavailable');
    const { data } = ctx.getImageData(0, 0, s.image.width, s.image.height);
    return png(await encodePng(s.image.width, s.image.height, data, 6, 'small'));
  })();
  return s.encodedInit;
}

/** The mask as an 8-bit greyscale PNG, read from the raster (never from the screen, so zoom is irrelevant). */
export async function encodeMask(s: CanvasSession): Promise<Blob> {
  const { raster } = s.doc;
  return png(await encodePng(raster.width, raster.height, raster.data, 0));
}

/** Public: init image + mask for the request, or null when there is no init image. */
export async function exportCanvasInputs(): Promise<CanvasInputs | null> {
  const s = getSession();
  if (!s) return null;
  const [initImage, mask] = await Promise.all([encodeInit(s), s.doc.raster.isEmpty() ? null : encodeMask(s)]);
  const { initHasAlpha, parentResultId } = useCanvasDocStore.getState();
  const inputs: CanvasInputs = {
    initImage,
    mask,
    width: s.image.width,
    height: s.image.height,
    initHasAlpha,
  };
  if (parentResultId) inputs.parentResultId = parentResultId;
  return inputs;
}

/** Public: saves the mask PNG (all black when empty) as a download. */
export async function downloadMask(): Promise<void> {
  const s = getSession();
  if (!s) return;
  const url = URL.createObjectURL(await encodeMask(s));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'gesso-mask.png';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
