import { MaskDocument } from '../raster/MaskDocument';
import { useCanvasDocStore } from '../store/useCanvasDocStore';
import { useOverlayStore } from '../store/useOverlayStore';
import { useViewStore } from '../store/useViewStore';
import { requestFrame } from './frameLoop';
import { MaskDisplay } from './MaskDisplay';

/**
 * The one open document: init image pixels, the mask model and its tinted display. Lives outside React
 * (pixels never go through state); React learns about changes from the doc store's flags and
 * `maskVersion`, and the stage subscribes here to swap images.
 */
export interface CanvasSession {
  doc: MaskDocument;
  /** Init image at its own resolution. */
  image: HTMLCanvasElement;
  display: MaskDisplay;
  /** The original file when it is a PNG we did not touch: sent as-is, byte for byte. */
  sourcePng: Blob | null;
  /** Memoised PNG encoding of `image` when there is no usable original. */
  encodedInit: Promise<Blob> | null;
}

let session: CanvasSession | null = null;
let unsubscribeDoc: (() => void) | null = null;
const listeners = new Set<() => void>();

export function getSession(): CanvasSession | null {
  return session;
}

/** For useSyncExternalStore: fires when the image (and so the whole document) is replaced or removed. */
export function subscribeSession(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function syncDocFlags(doc: MaskDocument): void {
  useCanvasDocStore.setState((s) => ({
    maskEmpty: doc.raster.isEmpty(),
    canUndo: doc.history.canUndo,
    canRedo: doc.history.canRedo,
    maskVersion: s.maskVersion + 1,
  }));
}

/** Opens `image` as the init image with a fresh, empty mask of the same size. */
export function openDocument(
  image: HTMLCanvasElement,
  opts: { hasAlpha: boolean; sourcePng: Blob | null },
): void {
  unsubscribeDoc?.();
  const doc = new MaskDocument(image.width, image.height);
  const display = new MaskDisplay(doc.raster);
  display.setColor(useOverlayStore.getState().color);
  unsubscribeDoc = doc.subscribe((dirty, committed) => {
    display.markDirty(dirty);
    requestFrame();
    if (committed) syncDocFlags(doc);
  });
  session = { doc, image, display, sourcePng: opts.sourcePng, encodedInit: null };
  useCanvasDocStore.setState({
    hasInitImage: true,
    width: image.width,
    height: image.height,
    initHasAlpha: opts.hasAlpha,
    error: null,
  });
  syncDocFlags(doc);
  useViewStore.getState().setImage(image.width, image.height);
  for (const fn of listeners) fn();
  requestFrame();
}

/** Removes the init image and its mask (back to text-to-image). */
export function closeDocument(): void {
  unsubscribeDoc?.();
  unsubscribeDoc = null;
  session = null;
  useCanvasDocStore.setState((s) => ({
    hasInitImage: false,
    width: 0,
    height: 0,
    initHasAlpha: false,
    maskEmpty: true,
    canUndo: false,
    canRedo: false,
    maskVersion: s.maskVersion + 1,
  }));
  for (const fn of listeners) fn();
}

/** Intent-named mask actions for the toolbar and shortcuts; no-ops without a document. */
export const maskActions = {
  undo: () => session?.doc.undo(),
  redo: () => session?.doc.redo(),
  invert: () => session?.doc.invert(),
  clear: () => session?.doc.fillAll(0),
  fill: () => session?.doc.fillAll(255),
};

// The tint follows the overlay colour; opacity and visibility are applied by the stage (display only).
useOverlayStore.subscribe((s, prev) => {
  if (s.color === prev.color || !session) return;
  session.display.setColor(s.color);
  requestFrame();
});
