import { MaskDocument } from '../raster/MaskDocument';
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
  /** Init image at its own resolution. */
  image: HTMLCanvasElement;
  /** Display-only downscaled copies of `image` for zoomed-out views. */
  pyramid: ImagePyramid;
  /** Draws the mask on the mask layer, tinted, at screen resolution. */
  renderer: MaskScreenRenderer;
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
  opts: { hasAlpha: boolean; sourcePng: Blob | null; parentResultId: string | null },
): void {
  unsubscribeDoc?.();
  const doc = new MaskDocument(image.width, image.height);
  const { color, opacity } = useOverlayStore.getState();
  const renderer = new MaskScreenRenderer(doc.raster, color, opacity);
  unsubscribeDoc = doc.subscribe((dirty, committed) => {
    renderer.markDirty(dirty);
    requestFrame();
    if (committed) syncDocFlags(doc);
  });
  session = {
    doc,
    image,
    pyramid: new ImagePyramid(image),
    renderer,
    sourcePng: opts.sourcePng,
    encodedInit: null,
  };
  useCanvasDocStore.setState({
    hasInitImage: true,
    width: image.width,
    height: image.height,
    initHasAlpha: opts.hasAlpha,
    parentResultId: opts.parentResultId,
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
    parentResultId: null,
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

// The tint follows the overlay colour and opacity (display only); visibility is the stage's business.
useOverlayStore.subscribe((s, prev) => {
  if ((s.color === prev.color && s.opacity === prev.opacity) || !session) return;
  session.renderer.setTint(s.color, s.opacity);
  requestFrame();
});
