import type { EngineSizes } from '../../../lib/api/studio';
import { encodeMaskValues } from '../raster/xorRuns';
import { closeDocument, getSession, openDocument } from '../session/canvasSession';
import { abandonImageLoads, beginImageLoad, type ImageLoad } from '../store/imageLoads';
import {
  initialCropRect,
  nearestCropSize,
  nearestResizeSize,
  noCropReason,
  type CropRect,
  type Size,
} from '../sizing/fitSize';
import { showCanvasError, useCanvasDocStore } from '../store/useCanvasDocStore';
import { currentImageSizes, imagesKeepSize } from '../store/useImageSizesStore';
import { encodeInit } from './exportCanvasInputs';
import { pixelsHaveAlpha, type DocPixels, type ImageSource } from './imageSource';
import { decodeMask } from './loadMask';
import { ImageFileError, rasterize, readImageFile } from './readImageFile';

/**
 * The largest side the canvas holds as it is (8192², what "Only masked" inpainting promises). Larger
 * pictures still open, through the size dialog.
 */
export const MAX_CANVAS_SIDE = 8192;

/** How a caller wants an image opened, and where it came from. */
export interface LoadInitImageOptions {
  /** The gallery result it is (Use as init image, Reuse all): results made from it record it as their parent. */
  parentResultId?: string;
  /**
   * Open any size up to MAX_CANVAS_SIDE as it is, without the "Image size" dialog, even one the engine
   * refuses (for a caller that sends only a region of it, e.g. "Only masked"). Default: CanvasArea's
   * `keepSize` (useImageSizesStore).
   */
  keepSize?: boolean;
  /**
   * A mask to open with the image (white = repaint), in the same undo step ("Reuse all"). A mask that
   * does not fit the image is left out, with an alert; the image still opens.
   */
  mask?: Blob | PromiseLike<Blob | null | undefined> | null;
  /** `mask` is black = repaint (it was sent with mask source MASK_IMAGE_BLACK): it is inverted to open. */
  maskBlackRepaints?: boolean;
}

/** A file, or the promise of one (a caller still reading it from storage: the canvas is busy already). */
export type ImageInput = Blob | PromiseLike<Blob | null | undefined>;

/**
 * Opens a user's image as the init image, replacing the open one as one undo step. Refused files get an
 * alert and change nothing; an image whose size the selected engine refuses (useImageSizesStore) opens
 * the "Image size" dialog (crop / resize / cancel) unless `keepSize`. The canvas is busy (`loading`) from the call until the image
 * is open or the dialog shows; a later load supersedes this one. Resolves true when the image opened or
 * the dialog is showing.
 */
export async function loadInitImage(
  file: ImageInput,
  options: LoadInitImageOptions = {},
  load: ImageLoad = beginImageLoad(),
): Promise<boolean> {
  try {
    let blob;
    try {
      blob = await file;
    } catch {
      if (load.current) showCanvasError('The image could not be read. Try again.');
      return false;
    }
    if (!blob || !load.current) return false;
    let decoded;
    try {
      decoded = await readImageFile(blob);
    } catch (e) {
      if (load.current) showCanvasError(readError(e, 'The image could not be opened. Try another file.'));
      return false;
    }
    const { bitmap, kind } = decoded;
    const size: Size = { width: bitmap.width, height: bitmap.height };
    if (!load.current) {
      bitmap.close();
      return false;
    }
    const source: ImageSource = { blob, kind };
    if (options.parentResultId) source.parentResultId = options.parentResultId;
    const sizes = currentImageSizes();
    if (sizes && !opensAsIs(sizes, size, options.keepSize ?? imagesKeepSize(size))) {
      askForSize(bitmap, source, sizes, options.mask !== undefined && options.mask !== null);
      return true;
    }
    const mask = await maskFor(options.mask, size, options.maskBlackRepaints);
    const hasAlpha = kind !== 'jpeg' && (await pixelsHaveAlpha(bitmap));
    if (!load.current) {
      bitmap.close();
      return false;
    }
    discardPending();
    openDocument(bitmap, source, { hasAlpha, mask: mask.values, history: 'step' });
    if (mask.error) showCanvasError(mask.error);
    return true;
  } finally {
    load.end();
  }
}

function readError(e: unknown, fallback: string): string {
  return e instanceof ImageFileError ? e.message : fallback;
}

function opensAsIs(sizes: EngineSizes, size: Size, keepSize: boolean): boolean {
  if (keepSize) return size.width <= MAX_CANVAS_SIDE && size.height <= MAX_CANVAS_SIDE;
  return sizes.problem(size.width, size.height) === null;
}

/** The mask to open with an image, run-coded for the document; a mask that does not fit is an error. */
async function maskFor(
  input: LoadInitImageOptions['mask'],
  size: Size,
  blackRepaints = false,
): Promise<{ values: Uint8Array | null; error: string | null }> {
  const blob = await input;
  if (!blob) return { values: null, error: null };
  try {
    const values = await decodeMask(blob, size.width, size.height, blackRepaints);
    return { values: encodeMaskValues(values, size.width, size.height), error: null };
  } catch (e) {
    return {
      values: null,
      error: readError(e, 'The mask could not be opened; the image opened without it.'),
    };
  }
}

/** Shows "Image size" for a picture the engine refuses: nothing changes until Crop or Resize. */
function askForSize(bitmap: ImageBitmap, source: ImageSource, sizes: EngineSizes, hadMask: boolean): void {
  const size: Size = { width: bitmap.width, height: bitmap.height };
  const cropTarget = nearestCropSize(sizes, size);
  discardPending();
  useCanvasDocStore.setState({
    // A mask cannot follow a crop or resize: it would no longer line up with the pixels.
    error: hadMask ? 'The mask was left out: the image needs a size the engine accepts first.' : null,
    pending: {
      bitmap,
      size,
      source,
      hasAlpha: source.kind !== 'jpeg',
      resize: nearestResizeSize(sizes, size),
      crop: cropTarget ? { target: cropTarget, rect: initialCropRect(size, cropTarget) } : null,
      noCrop: noCropReason(sizes, size),
    },
  });
}

/** Opens a picture at its own size without checks (up to MAX_CANVAS_SIDE): the benchmark's and e2e's way in. */
export async function openImageUnchecked(file: Blob): Promise<void> {
  await loadInitImage(file, { keepSize: true });
}

function discardPending(): void {
  useCanvasDocStore.getState().pending?.bitmap.close();
  useCanvasDocStore.setState({ pending: null });
}

/** Opens the dialog's choice: `pixels` drawn from the pending file's `region`, one undo step. */
async function finish(pixels: DocPixels, region: NonNullable<ImageSource['region']>): Promise<void> {
  const p = useCanvasDocStore.getState().pending;
  if (!p) return;
  const load = beginImageLoad();
  try {
    const hasAlpha = p.hasAlpha && (await pixelsHaveAlpha(pixels));
    if (!load.current || useCanvasDocStore.getState().pending !== p) return;
    discardPending();
    openDocument(pixels, { ...p.source, region }, { hasAlpha, history: 'step' });
  } finally {
    load.end();
  }
}

/** "Crop": cuts the target-sized `rect` out of the pending image, pixel for pixel (no scaling). */
export async function applyPendingCrop(rect: CropRect): Promise<void> {
  const p = useCanvasDocStore.getState().pending;
  if (!p?.crop) return;
  const { target } = p.crop;
  // The dialog only moves the rect; a rect of another size would scale, which Crop never does.
  const src = { ...rect, width: target.width, height: target.height };
  await finish(rasterize(p.bitmap, target, src), { out: target, src });
}

/** "Resize": the whole pending image scaled to the nearest valid size. */
export async function applyPendingResize(): Promise<void> {
  const p = useCanvasDocStore.getState().pending;
  if (!p?.resize) return;
  await finish(rasterize(p.bitmap, p.resize), { out: p.resize });
}

/** "Cancel": nothing changes; the current image (if any) stays. */
export function cancelPending(): void {
  discardPending();
}

/** Public: removes the init image (and its mask) as one undo step; an image still loading is dropped. */
export function clearInitImage(): void {
  abandonImageLoads();
  discardPending();
  closeDocument('step');
}

/**
 * After an engine change made the open image's size invalid: runs it through the same size dialog, keeping
 * where it came from. The mask is not carried over (its pixels would no longer line up after a crop or
 * resize); the image and mask before come back with Undo.
 */
export async function refitInitImage(): Promise<void> {
  const s = getSession();
  if (!s) return;
  // The file itself when the image is one (any size: the dialog decides), else its PNG (already small).
  await loadInitImage(s.source.region ? encodeInit(s) : s.source.blob, {
    keepSize: false,
    parentResultId: s.source.parentResultId,
  });
}
