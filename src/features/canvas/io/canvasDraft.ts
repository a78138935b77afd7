import { encodeMaskValues } from '../raster/xorRuns';
import { getSession, openDocument, subscribeSession, type CanvasSession } from '../session/canvasSession';
import { beginImageLoad } from '../store/imageLoads';
import { useCanvasDocStore } from '../store/useCanvasDocStore';
import { useViewStore } from '../store/useViewStore';
import type { ViewTransform } from '../geometry/coords';
import { encodeInit, encodeMask } from './exportCanvasInputs';
import { pixelsHaveAlpha } from './imageSource';
import { decodeMask } from './loadMask';
import { readImageFile } from './readImageFile';

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
 * The init image for the draft without blocking the page: the file it was opened from (any type, any
 * size: no encoding at all, and it decodes to the same pixels), else (a cropped or resized image) the
 * cached export or `canvas.toBlob`, which Chromium encodes in idle time instead of in one long task
 * (encodeInit's exact encoder took a 200–270 ms frame at 2048² when a save landed mid-stroke).
 */
function draftImage(s: CanvasSession): Promise<Blob> {
  if (!s.source.region) return Promise.resolve(s.source.blob);
  const image = s.image;
  if (s.encodedInit || !(image instanceof HTMLCanvasElement)) return encodeInit(s);
  return new Promise((resolve, reject) =>
    image.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/**
 * Public: true while a stroke is being drawn or an image is loading (a good moment to postpone
 * background work).
 */
export function isCanvasBusy(): boolean {
  return (getSession()?.doc.isStroking ?? false) || useCanvasDocStore.getState().loading;
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
  const blob = draft.initImage;
  if (!blob) return false;
  const load = beginImageLoad();
  try {
    const { bitmap, kind } = await readImageFile(blob);
    const { width, height } = bitmap;
    const mask = draft.mask
      ? encodeMaskValues(await decodeMask(draft.mask, width, height), width, height)
      : null;
    const hasAlpha = kind !== 'jpeg' && (await pixelsHaveAlpha(bitmap));
    // An image the user opened meanwhile wins over the draft.
    if (!load.current) {
      bitmap.close();
      return false;
    }
    // Where a draft's image came from (parentResultId) is not kept across a reload.
    openDocument(bitmap, { blob, kind }, { hasAlpha, mask, history: 'reset' });
  } catch {
    return false;
  } finally {
    load.end();
  }
  if (isView(draft.view)) applyViewWhenMeasured(draft.view);
  return true;
}
