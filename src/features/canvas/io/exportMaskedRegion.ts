import { compressMask, crop, maskBounds, resample, type Rect, type Size } from '../../../lib/pixels';
import { getSession, type CanvasSession } from '../session/canvasSession';
import { whenImagesLoaded } from '../store/imageLoads';
import { useCanvasDocStore } from '../store/useCanvasDocStore';
import { encodePng } from './encodePng';
import { encodeInit, type CanvasInputs, type ExportOptions } from './exportCanvasInputs';
import { untouchedPng } from './imageSource';

/** Where a region is cut from the picture and at what size it is sent (lib/pixels' `planMaskedRegion`). */
export interface RegionPlan {
  region: Rect;
  sendSize: Size;
}

/** An "Only masked" export: what is sent (the region), and what the answer is pasted back into. */
export interface MaskedRegionInputs {
  /** The region's image and mask at `sendSize`, as the request sends them. */
  inputs: CanvasInputs;
  region: Rect;
  /** The full picture's size. */
  imageSize: Size;
  /** The full picture as opened (its own file when an untouched image; else a PNG of it). */
  original: Blob;
  /** The full mask, an 8-bit grey PNG deflated in a worker (compressMask), written as the request's mask is. */
  mask: Blob;
}

const png = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });

/** The last box read, for the mask version it was read at (a pan or zoom asks again, the mask is the same). */
let lastBounds: { raster: object; version: number; bounds: Rect | null } | null = null;

/**
 * The mask's box in image pixels (null: nothing painted, or no image): what "Only masked" plans around.
 * Read once per committed mask change (~5 ms at 24 MP), never per view change.
 */
export function maskBoundsNow(): { imageSize: Size; bounds: Rect | null } | null {
  const s = getSession();
  if (!s) return null;
  const { raster } = s.doc;
  const imageSize = { width: raster.width, height: raster.height };
  const version = useCanvasDocStore.getState().maskVersion;
  if (lastBounds?.raster !== raster || lastBounds.version !== version) {
    const bounds = raster.isEmpty() ? null : maskBounds({ ...imageSize, data: raster.data });
    lastBounds = { raster, version, bounds };
  }
  return { imageSize, bounds: lastBounds.bounds };
}

/** The region of the picture at `sendSize`: drawn from the decoded image, so no full-size copy is read. */
function regionPixels(s: CanvasSession, { region, sendSize }: RegionPlan): Uint8ClampedArray {
  const canvas = document.createElement('canvas');
  canvas.width = sendSize.width;
  canvas.height = sendSize.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(
    s.image,
    region.x,
    region.y,
    region.width,
    region.height,
    0,
    0,
    sendSize.width,
    sendSize.height,
  );
  const { data } = ctx.getImageData(0, 0, sendSize.width, sendSize.height);
  canvas.width = canvas.height = 0;
  return data;
}

/** The picture as opened: its own file when shown as it is (any format the browser decodes), else a PNG. */
function originalOf(s: CanvasSession): Promise<Blob> {
  if (!s.source.region) return Promise.resolve(untouchedPng(s.source) ?? s.source.blob);
  return encodeInit(s);
}

/**
 * Public: "Only masked" — the region `plan` chooses around the painted mask, cut from the picture and the
 * mask and resampled to the size it is sent at, with the full picture and full mask (compressed) that the
 * answer is pasted back into. Null without an image or without a painted mask. The full picture is never
 * encoded or read here (an untouched file is kept as it is), so its size is never refused.
 */
export async function exportMaskedRegion(
  plan: (imageSize: Size, bounds: Rect) => RegionPlan,
  options: ExportOptions = {},
): Promise<MaskedRegionInputs | null> {
  await whenImagesLoaded();
  const s = getSession();
  if (!s || s.doc.raster.isEmpty()) return null;
  const { raster } = s.doc;
  const imageSize = { width: raster.width, height: raster.height };
  const bounds = maskBounds({ width: raster.width, height: raster.height, data: raster.data });
  if (!bounds) return null;
  const chosen = plan(imageSize, bounds);
  const { region, sendSize } = chosen;
  const black = options.maskBlackRepaints === true;
  let maskCrop = crop(raster, 1, region);
  if (sendSize.width !== region.width || sendSize.height !== region.height) {
    maskCrop = resample(maskCrop, 1, sendSize);
  }
  const maskValues = black ? maskCrop.data.map((v) => 255 - v) : maskCrop.data;
  const fullMask = { ...imageSize, data: black ? raster.data.map((v) => 255 - v) : raster.data };
  const [initImage, maskImage, original, mask] = await Promise.all([
    encodePng(sendSize.width, sendSize.height, regionPixels(s, chosen), 6, 'small').then(png),
    compressMask({ ...sendSize, data: maskValues }).then(png),
    originalOf(s),
    compressMask(fullMask).then(png),
  ]);
  const { initHasAlpha, parentResultId } = useCanvasDocStore.getState();
  const inputs: CanvasInputs = { initImage, mask: maskImage, ...sendSize, initHasAlpha };
  if (parentResultId) inputs.parentResultId = parentResultId;
  return { inputs, region, imageSize, original, mask };
}
