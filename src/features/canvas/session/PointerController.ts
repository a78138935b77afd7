import {
  screenPoint,
  screenToImage,
  wheelZoomFactor,
  type ImagePoint,
  type ScreenPoint,
} from '../geometry/coords';
import { useCanvasDocStore } from '../store/useCanvasDocStore';
import { useToolStore } from '../store/useToolStore';
import { useViewStore } from '../store/useViewStore';
import { tools } from '../tools/tools';
import { IDLE, type Tool, type ToolPointerEvent, type ToolState } from '../tools/toolTypes';
import { getSession } from './canvasSession';
import { isSpaceHeld } from './spaceKey';
import { createToolEnv, type LassoPreviewSink } from './toolEnv';

export interface PointerFeedback {
  /** Brush cursor follows the pointer, in image space (null = hide). */
  moveCursor: (p: ImagePoint | null) => void;
  lassoPreview: LassoPreviewSink;
}

/** Counter for the benchmark: coalesced move samples handed to a tool. */
export const pointerStats = { samples: 0 };

/**
 * Native pointer listeners on the stage container (not Konva's event system: one less dispatch layer on
 * the hot path). Every coalesced sample of every move goes to the active tool via `tools[id]`.
 */
export function attachPointerInput(el: HTMLElement, feedback: PointerFeedback): () => void {
  const env = createToolEnv(feedback.lassoPreview);
  let state: ToolState = IDLE;
  let active: { tool: Tool; pointerId: number } | null = null;
  let rect = el.getBoundingClientRect();
  // Touch pointers currently down, for two-finger pinch zoom (which cancels any tool gesture).
  const touches = new Map<number, ScreenPoint>();
  let pinch: { dist: number; mid: ScreenPoint } | null = null;
  const local = (e: PointerEvent) => screenPoint(e.clientX - rect.left, e.clientY - rect.top);
  const pinchOf = (): { dist: number; mid: ScreenPoint } | null => {
    const [a, b] = [...touches.values()];
    if (!a || !b) return null;
    return { dist: Math.hypot(a.x - b.x, a.y - b.y), mid: screenPoint((a.x + b.x) / 2, (a.y + b.y) / 2) };
  };

  const toEvent = (e: PointerEvent): ToolPointerEvent => {
    const screen = screenPoint(e.clientX - rect.left, e.clientY - rect.top);
    return {
      screen,
      image: screenToImage(useViewStore.getState().view, screen),
      // Mice report a constant 0.5 while pressed; only pens carry real pressure.
      pressure: e.pointerType === 'pen' ? (e.pressure > 0 ? e.pressure : 0.5) : 1,
      shiftKey: e.shiftKey,
      altKey: e.altKey,
    };
  };

  const onDown = (e: PointerEvent) => {
    if (e.pointerType === 'touch') {
      rect = el.getBoundingClientRect();
      touches.set(e.pointerId, local(e));
      if (touches.size === 2) {
        if (active) state = active.tool.onPointerCancel(state, env);
        active = null;
        pinch = pinchOf();
        return;
      }
    }
    if (active || (e.button !== 0 && e.button !== 1)) return;
    const id = e.button === 1 || isSpaceHeld() ? 'hand' : useToolStore.getState().tool;
    // While an image loads the canvas shows "Loading image…" and takes no stroke: it would land on the
    // image about to be replaced (or on none). Checked here too, not only by the overlay, because a
    // pointerdown can arrive before React has drawn it.
    if (id !== 'hand' && (!getSession() || useCanvasDocStore.getState().loading)) return;
    e.preventDefault();
    rect = el.getBoundingClientRect();
    el.setPointerCapture(e.pointerId);
    active = { tool: tools[id], pointerId: e.pointerId };
    state = active.tool.onPointerDown(state, toEvent(e), env);
  };

  const onMove = (e: PointerEvent) => {
    if (pinch && touches.has(e.pointerId)) {
      touches.set(e.pointerId, local(e));
      const next = pinchOf();
      if (next && pinch.dist > 0) {
        const view = useViewStore.getState();
        view.pan(next.mid.x - pinch.mid.x, next.mid.y - pinch.mid.y);
        view.zoomTowards(next.mid, next.dist / pinch.dist);
        pinch = next;
      }
      return;
    }
    if (!active) {
      rect = el.getBoundingClientRect();
      feedback.moveCursor(toEvent(e).image);
      return;
    }
    if (e.pointerId !== active.pointerId) return;
    const coalesced = typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [];
    const list = coalesced.length > 0 ? coalesced : [e];
    const samples = list.map(toEvent);
    pointerStats.samples += samples.length;
    state = active.tool.onPointerMove(state, samples, env);
    // The sample already holds the image-space position: the cursor reuses it.
    feedback.moveCursor((samples[samples.length - 1] as ToolPointerEvent).image);
  };

  const endTouch = (e: PointerEvent) => {
    touches.delete(e.pointerId);
    if (touches.size < 2) pinch = null;
  };

  const onUp = (e: PointerEvent) => {
    endTouch(e);
    if (!active || e.pointerId !== active.pointerId) return;
    state = active.tool.onPointerUp(state, toEvent(e), env);
    active = null;
  };

  const onCancel = (e: PointerEvent) => {
    endTouch(e);
    if (!active || e.pointerId !== active.pointerId) return;
    state = active.tool.onPointerCancel(state, env);
    active = null;
  };

  const onLeave = () => {
    if (!active) feedback.moveCursor(null);
  };

  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    rect = el.getBoundingClientRect();
    const anchor = screenPoint(e.clientX - rect.left, e.clientY - rect.top);
    useViewStore.getState().zoomTowards(anchor, wheelZoomFactor(e.deltaY, e.deltaMode));
  };

  // The browser must not scroll, zoom the page or start text selection from the canvas.
  const prevent = (e: Event) => e.preventDefault();
  el.style.touchAction = 'none';
  el.addEventListener('pointerdown', onDown);
  el.addEventListener('pointermove', onMove);
  el.addEventListener('pointerup', onUp);
  el.addEventListener('pointercancel', onCancel);
  el.addEventListener('pointerleave', onLeave);
  el.addEventListener('wheel', onWheel, { passive: false });
  el.addEventListener('contextmenu', prevent);
  return () => {
    if (active) state = active.tool.onPointerCancel(state, env);
    el.removeEventListener('pointerdown', onDown);
    el.removeEventListener('pointermove', onMove);
    el.removeEventListener('pointerup', onUp);
    el.removeEventListener('pointercancel', onCancel);
    el.removeEventListener('pointerleave', onLeave);
    el.removeEventListener('wheel', onWheel);
    el.removeEventListener('contextmenu', prevent);
  };
}
