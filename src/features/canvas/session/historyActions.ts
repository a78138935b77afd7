import { decodeSource } from '../io/imageSource';
import type { DocumentStep } from '../raster/MaskHistory';
import { beginImageLoad } from '../store/imageLoads';
import { showCanvasError, useCanvasDocStore } from '../store/useCanvasDocStore';
import {
  canvasHistory,
  closeDocument,
  getSession,
  openDocument,
  syncDocFlags,
  type DocumentState,
} from './canvasSession';

type Direction = 'undo' | 'redo';

const nextStep = (d: Direction) => (d === 'undo' ? canvasHistory.nextUndo : canvasHistory.nextRedo);

/**
 * Shows `state` in place of the open document as undo/redo of a document step. The image is decoded
 * again from its source (the history keeps files, not pixels), with the canvas busy meanwhile; the step
 * moves only once the image is open, and only if nothing else changed the history in between, so the
 * history and what is shown never disagree.
 */
async function applyDocumentStep(step: DocumentStep<DocumentState | null>, d: Direction): Promise<void> {
  const state = d === 'undo' ? step.before : step.after;
  const take = () => (d === 'undo' ? canvasHistory.takeUndo() : canvasHistory.takeRedo());
  if (!state) {
    take();
    closeDocument('none');
    return;
  }
  const load = beginImageLoad();
  try {
    const pixels = await decodeSource(state.source);
    if (!load.current || nextStep(d) !== step) {
      if (pixels instanceof ImageBitmap) pixels.close();
      return;
    }
    take();
    openDocument(pixels, state.source, { hasAlpha: state.hasAlpha, mask: state.mask, history: 'none' });
  } catch {
    showCanvasError('The earlier image could not be read back. It stays in the history; try again.');
  } finally {
    load.end();
    syncDocFlags();
  }
}

/** Undo or redo the newest step: a mask step on the open document, or a document step (async). */
async function step(d: Direction): Promise<void> {
  if (useCanvasDocStore.getState().loading) return;
  getSession()?.doc.settle();
  const next = nextStep(d);
  if (!next) return;
  if (next.kind === 'document') {
    await applyDocumentStep(next, d);
    return;
  }
  const doc = getSession()?.doc;
  if (d === 'undo') doc?.undo();
  else doc?.redo();
}

/** Mask actions apply to the open document, and never while an image is loading (it is about to go). */
function onOpenDocument(fn: (doc: NonNullable<ReturnType<typeof getSession>>['doc']) => void): () => void {
  return () => {
    const s = getSession();
    if (s && !useCanvasDocStore.getState().loading) fn(s.doc);
  };
}

/** Intent-named history and mask actions for the toolbar and shortcuts; no-ops without a document. */
export const maskActions = {
  undo: () => void step('undo'),
  redo: () => void step('redo'),
  invert: onOpenDocument((doc) => doc.invert()),
  clear: onOpenDocument((doc) => doc.fillAll(0)),
  fill: onOpenDocument((doc) => doc.fillAll(255)),
};

/** Undo/redo as promises, for tests and callers that wait for an image to come back. */
export const undoCanvas = () => step('undo');
export const redoCanvas = () => step('redo');
