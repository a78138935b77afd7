import { LIMITS } from '../../../lib/api/studio';
import { outpaintInputs, type OutpaintInputs } from '../extend/extensionInputs';
import { getSession, type CanvasSession } from '../session/canvasSession';
import { whenImagesLoaded } from '../store/imageLoads';
import { useCanvasDocStore } from '../store/useCanvasDocStore';
import { compressMask } from '../../../lib/pixels';
import { encodePng } from './encodePng';
import { untouchedPng, type DocPixels } from './imageSource';
import { readPixels } from './readPixels';

/** What the generation pipeline sends for image-to-image and masking: the canvas's one export type. */
export interface CanvasInputs {
  /** PNG of the init image at its own resolution. */
  initImage: Blob;
  /**
   * PNG, same size: white = repaint, black = keep, grey = partial (inverted when exported with
   * `maskBlackRepaints`, for MASK_IMAGE_BLACK); null when the mask is empty.
   */
  mask: Blob | null;
  width: number;
  height: number;
  initHasAlpha: boolean;
  /** The gallery result the init image came from (recorded when it was loaded), so results name their parent. */
  parentResultId?: string;
  /**
   * Present while the picture is one "Extend canvas" made and its mask is still the one it made: the
   * picture before and the margins, for an API that has an outpaint endpoint (the others send `initImage`
   * and `mask`, an inpaint of the enlarged picture).
   */
  outpaint?: OutpaintInputs;
}

const png = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The pixels as PNG, refused (with what to do) when larger than the API accepts. */
async function encodeWithinLimit(image: DocPixels): Promise<Blob> {
  const blob = png(await encodePng(image.width, image.height, readPixels(image), 6, 'small'));
  if (blob.size > LIMITS.imageFileMaxBytes) {
    throw new Error(
      `the init image is ${mb(blob.size)} as PNG and the API accepts up to ${mb(LIMITS.imageFileMaxBytes)}; crop or resize it`,
    );
  }
  return blob;
}

/**
 * The init image as PNG: the untouched original when there is one the API accepts, else encoded once and
 * cached. The upload limit applies here, to what is sent (an opened file may be any size).
 */
export function encodeInit(s: CanvasSession): Promise<Blob> {
  const original = untouchedPng(s.source);
  if (original && original.size <= LIMITS.imageFileMaxBytes) return Promise.resolve(original);
  s.encodedInit ??= encodeWithinLimit(s.image);
  return s.encodedInit;
}

/**
 * The mask as an 8-bit greyscale PNG (compressMask), read from the raster (never from the screen, so zoom is irrelevant):
 * white = repaint, or black = repaint with `blackRepaints` (the same area, in MASK_IMAGE_BLACK's terms).
 */
export async function encodeMask(s: CanvasSession, blackRepaints = false): Promise<Blob> {
  const { raster } = s.doc;
  const data = blackRepaints ? raster.data.map((v) => 255 - v) : raster.data;
  // Deflated in a worker: a mostly black 24-megapixel mask is kilobytes, sent and stored with results.
  return png(await compressMask({ width: raster.width, height: raster.height, data }));
}

/** How the request wants the mask written. */
export interface ExportOptions {
  /** Black = repaint (mask source MASK_IMAGE_BLACK): the painted area still is what gets repainted. */
  maskBlackRepaints?: boolean;
}

/**
 * Public: init image + mask for the request, or null when there is no init image. An image still loading
 * is waited for: Generate pressed right after "Use as init image" sends the new image, not the old one.
 */
export async function exportCanvasInputs(options: ExportOptions = {}): Promise<CanvasInputs | null> {
  await whenImagesLoaded();
  const s = getSession();
  if (!s) return null;
  const [initImage, mask] = await Promise.all([
    encodeInit(s),
    s.doc.raster.isEmpty() ? null : encodeMask(s, options.maskBlackRepaints),
  ]);
  const outpaint = outpaintInputs(s);
  const { initHasAlpha, parentResultId } = useCanvasDocStore.getState();
  const inputs: CanvasInputs = {
    initImage,
    mask,
    width: s.image.width,
    height: s.image.height,
    initHasAlpha,
  };
  if (parentResultId) inputs.parentResultId = parentResultId;
  if (outpaint) inputs.outpaint = outpaint;
  return inputs;
}

/** Public: the init image as Generate sends it (encodeInit), or null without one. */
export async function exportInitImage(): Promise<Blob | null> {
  const s = getSession();
  return s ? encodeInit(s) : null;
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
