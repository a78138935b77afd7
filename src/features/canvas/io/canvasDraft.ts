import { getSession, openDocument, subscribeSession, type CanvasSession } from '../session/canvasSession';
import { useCanvasDocStore } from '../store/useCanvasDocStore';
import { useViewStore } from '../store/useViewStore';
import type { ViewTransform } from '../geometry/coords';
import { encodeInit, encodeMask } from './exportCanvasInputs';
import { decodeMask } from './loadMask';
import { canvasHasAlpha, rasterize, readImageFile } from './readImageFile';

/** The canvas as a draft to keep across reloads. The versions say which part changed since a save. */
export interface CanvasDraft {
  initImage: Blob | null;
  /** PNG, white = repaint; null when nothing is painted. */
  mask: Blob | null;
  /** The view transform `{ scale, x, y }`. */
  view: unknown;
  /** Bumps whenever the init image is replaced or removed. */
  imageVersion: number;
  /** Bumps on every committed mask change. */
  maskVersion: number;
}

/** A stored draft to reopen: the parts `getCanvasDraft` gave, any of them possibly missing. */
export interface DraftToRestore {
  initImage?: Blob | null;
  mask?: Blob | null;
  view?: unknown;
}

let imageVersion = 0;
subscribeSession(() => {
  imageVersion++;
});

/**
 * The init image for the draft without blocking the page: the original PNG or the cached export when
 * there is one, else `canvas.toBlob`, which Chromium encodes in idle time instead of in one long task
 * (encodeInit's exact encoder took a 200–270 ms frame at 2048² when a save landed mid-stroke). Pixels
 * read back the same either way; after a restore the result is the image's PNG, sent byte for byte.
 */
function draftImage(s: CanvasSession): Promise<Blob> {
  if (s.sourcePng || s.encodedInit) return encodeInit(s);
  return new Promise((resolve, reject) =>
    s.image.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** Public: true while a stroke is being drawn (a good moment to postpone background work). */
export function isCanvasBusy(): boolean {
  return getSession()?.doc.isStroking ?? false;
}

/** Public: the current init image, mask and view, or null when there is no init image. */
export async function getCanvasDraft(): Promise<CanvasDraft | null> {
  const s = getSession();
  if (!s) return null;
  const maskVersion = useCanvasDocStore.getState().maskVersion;
  const version = imageVersion;
  const [initImage, mask] = await Promise.all([draftImage(s), s.doc.raster.isEmpty() ? null : encodeMask(s)]);
  return { initImage, mask, view: { ...useViewStore.getState().view }, imageVersion: version, maskVersion };
}

/**
 * Public: fires `cb` when the init image is replaced or removed, the mask changes (committed steps) or
 * the view moves. Returns the unsubscribe function.
 */
export function subscribeCanvasChanges(cb: () => void): () => void {
  const unsubs = [
    subscribeSession(cb),
    useCanvasDocStore.subscribe((s, prev) => {
      if (s.maskVersion !== prev.maskVersion) cb();
    }),
    useViewStore.subscribe((s, prev) => {
      if (s.view !== prev.view) cb();
    }),
  ];
  return () => unsubs.forEach((u) => u());
}

function isView(v: unknown): v is ViewTransform {
  if (typeof v !== 'object' || v === null) return false;
  const { scale, x, y } = v as Record<string, unknown>;
  return [scale, x, y].every((n) => typeof n === 'number' && Number.isFinite(n)) && (scale as number) > 0;
}

/** Applies `view` once the stage has measured itself (its first measurement fits the image, after which we win). */
function applyViewWhenMeasured(view: ViewTransform): void {
  if (useViewStore.getState().viewport.width > 1) {
    useViewStore.setState({ view });
    return;
  }
  const unsub = useViewStore.subscribe((s) => {
    if (s.viewport.width <= 1) return;
    unsub();
    // setViewport fits right after storing the size; apply the saved view after that.
    queueMicrotask(() => useViewStore.setState({ view }));
  });
}

/**
 * Public: reopens a saved draft (init image, then mask and view). The image opens as it was saved, with
 * no size dialog (the canvas holds any size and says when the engine refuses it); the restored mask is
 * not an undo step. Resolves true when an image was restored; a damaged draft restores nothing.
 */
export async function restoreCanvasDraft(draft: DraftToRestore): Promise<boolean> {
  if (!draft.initImage) return false;
  try {
    const { bitmap, kind } = await readImageFile(draft.initImage);
    const canvas = rasterize(bitmap, { width: bitmap.width, height: bitmap.height });
    bitmap.close();
    const mask = draft.mask ? await decodeMask(draft.mask, canvas.width, canvas.height) : null;
    openDocument(canvas, {
      hasAlpha: kind !== 'jpeg' && canvasHasAlpha(canvas),
      sourcePng: kind === 'png' ? draft.initImage : null,
      // Where a draft's image came from is not kept across a reload.
      parentResultId: null,
    });
    if (mask) getSession()?.doc.replaceAll(mask, false);
  } catch {
    return false;
  }
  if (isView(draft.view)) applyViewWhenMeasured(draft.view);
  return true;
}
