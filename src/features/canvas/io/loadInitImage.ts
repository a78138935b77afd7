import { closeDocument, getSession, openDocument } from '../session/canvasSession';
import { encodeInit } from './exportCanvasInputs';
import {
  initialCropRect,
  nearestCropSize,
  nearestResizeSize,
  type CropRect,
  type Size,
} from '../sizing/fitSize';
import { showCanvasError, useCanvasDocStore } from '../store/useCanvasDocStore';
import { currentImageSizes } from '../store/useImageSizesStore';
import { canvasHasAlpha, ImageFileError, rasterize, readImageFile } from './readImageFile';

/** Where an image came from, recorded with it. */
export interface InitImageSource {
  /** The gallery result it is (Use as init image, Reuse all): results made from it record it as their parent. */
  parentResultId?: string;
}

/**
 * Opens a user's image as the init image. Refused files get an alert and change nothing; an image
 * whose size the selected engine refuses (useImageSizesStore) opens the "Image size" dialog (crop /
 * resize / cancel) instead of being sent as is. Resolves once the image is open or the dialog is showing.
 */
export async function loadInitImage(file: Blob, source: InitImageSource = {}): Promise<void> {
  let decoded;
  try {
    decoded = await readImageFile(file);
  } catch (e) {
    showCanvasError(
      e instanceof ImageFileError ? e.message : 'The image could not be opened. Try another file.',
    );
    return;
  }
  const { bitmap, kind } = decoded;
  const size: Size = { width: bitmap.width, height: bitmap.height };
  const parentResultId = source.parentResultId ?? null;
  const sizes = currentImageSizes();
  if (!sizes || sizes.problem(size.width, size.height) === null) {
    const canvas = rasterize(bitmap, size);
    bitmap.close();
    openDocument(canvas, {
      hasAlpha: kind !== 'jpeg' && canvasHasAlpha(canvas),
      sourcePng: kind === 'png' ? file : null,
      parentResultId,
    });
    return;
  }
  const cropTarget = nearestCropSize(sizes, size);
  discardPending();
  useCanvasDocStore.setState({
    error: null,
    pending: {
      bitmap,
      size,
      source: file,
      hasAlpha: kind !== 'jpeg',
      parentResultId,
      resize: nearestResizeSize(sizes, size),
      crop: cropTarget ? { target: cropTarget, rect: initialCropRect(size, cropTarget) } : null,
    },
  });
}

/** Opens a 2048² test picture (or any size) without checks: the benchmark's and e2e's way in. */
export async function openImageUnchecked(file: Blob): Promise<void> {
  const bitmap = await createImageBitmap(file, { colorSpaceConversion: 'none' });
  const canvas = rasterize(bitmap, { width: bitmap.width, height: bitmap.height });
  bitmap.close();
  openDocument(canvas, { hasAlpha: false, sourcePng: null, parentResultId: null });
}

function discardPending(): void {
  useCanvasDocStore.getState().pending?.bitmap.close();
  useCanvasDocStore.setState({ pending: null });
}

function finish(canvas: HTMLCanvasElement, hasAlpha: boolean, parentResultId: string | null): void {
  discardPending();
  openDocument(canvas, { hasAlpha: hasAlpha && canvasHasAlpha(canvas), sourcePng: null, parentResultId });
}

/** "Crop": keeps `rect` of the pending image, scaled to the target when it had to be smaller. */
export function applyPendingCrop(rect: CropRect): void {
  const p = useCanvasDocStore.getState().pending;
  if (!p?.crop) return;
  finish(rasterize(p.bitmap, p.crop.target, rect), p.hasAlpha, p.parentResultId);
}

/** "Resize": the whole pending image scaled to the nearest valid size. */
export function applyPendingResize(): void {
  const p = useCanvasDocStore.getState().pending;
  if (!p?.resize) return;
  finish(rasterize(p.bitmap, p.resize), p.hasAlpha, p.parentResultId);
}

/** "Cancel": nothing changes; the current image (if any) stays. */
export function cancelPending(): void {
  discardPending();
}

/** Public: removes the init image (and its mask). */
export function clearInitImage(): void {
  discardPending();
  closeDocument();
}

/**
 * After an engine change made the open image's size invalid: runs it through the same size dialog, keeping
 * where it came from. The mask is not carried over (its pixels would no longer line up after a crop or resize).
 */
export async function refitInitImage(): Promise<void> {
  const s = getSession();
  if (!s) return;
  const parentResultId = useCanvasDocStore.getState().parentResultId ?? undefined;
  await loadInitImage(await encodeInit(s), { parentResultId });
}
