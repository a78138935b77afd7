import { liveExtension } from '../extend/extension';
import type { DocPixels, ImageSource } from '../io/imageSource';
import { MaskDocument } from '../raster/MaskDocument';
import { MaskHistory } from '../raster/MaskHistory';
import { useCanvasDocStore } from '../store/useCanvasDocStore';
import { useOverlayStore } from '../store/useOverlayStore';
import { useViewStore } from '../store/useViewStore';
import { requestFrame } from './frameLoop';
import { ImagePyramid } from './imagePyramid';
import { MaskScreenRenderer } from './MaskScreenRenderer';

/**
 * The one open document: init image pixels, the mask model and its tinted display. Lives outside React
 * (pixels never go through state); React learns about changes from the doc store's flags and
 * `maskVersion`, and the stage subscribes here to swap images.
 */
export interface CanvasSession {
  doc: MaskDocument;
  /** Init image at its own resolution, decoded once (the only full-resolution copy). */
  image: DocPixels;
  /** Display-only downscaled copies of `image` for zoomed-out views. */
  pyramid: ImagePyramid;
  /** Draws the mask on the mask layer, tinted, at screen resolution. */
  renderer: MaskScreenRenderer;
  /** What the pixels were decoded from: kept by undo steps, sent as is when an untouched PNG. */
  source: ImageSource;
  hasAlpha: boolean;
  /** Memoised PNG encoding of `image` when the original cannot be sent as is. */
  encodedInit: Promise<Blob> | null;
}

/**
 * A document as an undo step keeps it: its source (not its pixels) and its mask run-coded. `null` in a
 * step means "no image" (before the first one, after Remove image).
 */
export interface DocumentState {
  source: ImageSource;
  hasAlpha: boolean;
  mask: Uint8Array | null;
}

let session: CanvasSession | null = null;
let unsubscribeDoc: (() => void) | null = null;
const listeners = new Set<() => void>();
/**
 * The canvas's one linear history: mask steps of whichever image is open, and document steps (an image
 * replaced or removed) between them. Module state like the session it belongs to.
 */
export const canvasHistory = new MaskHistory<DocumentState | null>();

export function getSession(): CanvasSession | null {
  return session;
}

/** For useSyncExternalStore: fires when the image (and so the whole document) is replaced or removed. */
export function subscribeSession(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Copies the history's and mask's state into the store React reads. */
export function syncDocFlags(): void {
  useCanvasDocStore.setState((s) => ({
    maskEmpty: session?.doc.raster.isEmpty() ?? true,
    canUndo: canvasHistory.canUndo,
    canRedo: canvasHistory.canRedo,
    maskVersion: s.maskVersion + 1,
    extension: liveExtension(session),
  }));
}

/** The open document as an undo step keeps it (its mask run-coded), or null without one. */
export function currentDocumentState(): DocumentState | null {
  if (!session) return null;
  return { source: session.source, hasAlpha: session.hasAlpha, mask: session.doc.encode() };
}

function stateBytes(state: DocumentState | null): number {
  return state ? state.source.blob.size + (state.mask?.byteLength ?? 0) : 0;
}

/**
 * How opening or closing an image meets the history: 'step' records it as one undo step (when there is
 * something to go back to: an open image or earlier steps; the very first image is not undoable, as
 * before), 'none' leaves the history as it is (undo/redo applying a step), 'reset' starts it afresh (a
 * restored draft).
 */
export type HistoryMode = 'step' | 'none' | 'reset';

function record(mode: HistoryMode, before: DocumentState | null, after: DocumentState | null): void {
  if (mode === 'none') return;
  // Nothing to go back to: the history starts here (dropping a stale redo of an image no longer shown).
  if (mode === 'reset' || (!before && !canvasHistory.canUndo)) {
    canvasHistory.clear();
    return;
  }
  canvasHistory.push({ kind: 'document', bytes: stateBytes(before) + stateBytes(after), before, after });
}

/**
 * Releases a replaced document's pixels (an ImageBitmap holds them outside the JS heap until closed),
 * after the stage has had a frame to show the new ones: a closed bitmap must never be drawn.
 */
function release(s: CanvasSession): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (typeof ImageBitmap !== 'undefined' && s.image instanceof ImageBitmap) s.image.close();
      s.pyramid.release();
    }, 0),
  );
}

/**
 * Opens `image` as the init image with its mask (`mask`: run-coded, MaskDocument.encode; null = empty)
 * in place of the open document, which is settled first so no stroke is left half-recorded.
 */
export function openDocument(
  image: DocPixels,
  source: ImageSource,
  opts: { hasAlpha: boolean; mask?: Uint8Array | null; history: HistoryMode },
): void {
  const before = opts.history === 'step' ? currentDocumentState() : null;
  const previous = session;
  unsubscribeDoc?.();
  const doc = new MaskDocument(image.width, image.height, canvasHistory);
  if (opts.mask) doc.decode(opts.mask);
  const { color, opacity } = useOverlayStore.getState();
  const renderer = new MaskScreenRenderer(doc.raster, color, opacity);
  unsubscribeDoc = doc.subscribe((dirty, committed) => {
    renderer.markDirty(dirty);
    requestFrame();
    if (committed) syncDocFlags();
  });
  session = {
    doc,
    image,
    pyramid: new ImagePyramid(image),
    renderer,
    source,
    hasAlpha: opts.hasAlpha,
    encodedInit: null,
  };
  record(opts.history, before, { source, hasAlpha: opts.hasAlpha, mask: opts.mask ?? null });
  if (previous) release(previous);
  useCanvasDocStore.setState({
    hasInitImage: true,
    width: image.width,
    height: image.height,
    initHasAlpha: opts.hasAlpha,
    parentResultId: source.parentResultId ?? null,
    error: null,
  });
  syncDocFlags();
  useViewStore.getState().setImage(image.width, image.height);
  for (const fn of listeners) fn();
  requestFrame();
}

/** Removes the init image and its mask (back to text-to-image); with 'step', one undo step. */
export function closeDocument(history: HistoryMode): void {
  if (!session) return;
  record(history, currentDocumentState(), null);
  unsubscribeDoc?.();
  unsubscribeDoc = null;
  release(session);
  session = null;
  useCanvasDocStore.setState({
    hasInitImage: false,
    width: 0,
    height: 0,
    initHasAlpha: false,
    parentResultId: null,
  });
  syncDocFlags();
  for (const fn of listeners) fn();
}

// The tint follows the overlay colour and opacity (display only); visibility is the stage's business.
useOverlayStore.subscribe((s, prev) => {
  if ((s.color === prev.color && s.opacity === prev.opacity) || !session) return;
  session.renderer.setTint(s.color, s.opacity);
  requestFrame();
});
