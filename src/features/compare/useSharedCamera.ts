import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { IDENTITY_CAMERA, cellPoint, panBy, wheelZoomFactor, zoomAt, type Camera } from './camera';

/** Marks an element whose box is one camera cell; pointer positions are measured from its top-left. */
export const CAMERA_CELL_ATTR = 'data-camera-cell';

function cellUnder(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest(`[${CAMERA_CELL_ATTR}]`) : null;
}

/**
 * One camera for every cell inside `container`: wheel zooms towards the pointer in whichever cell it is
 * over, dragging pans. Listeners are delegated to the container so a 9-cell grid has one set, and the
 * wheel listener is non-passive (React's onWheel is passive, so it could not stop the page scrolling).
 */
export function useSharedCamera(container: RefObject<HTMLElement | null>) {
  const [camera, setCamera] = useState<Camera>(IDENTITY_CAMERA);
  const drag = useRef<{ id: number; x: number; y: number } | null>(null);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      const cell = cellUnder(e.target);
      if (!cell) return;
      e.preventDefault();
      const box = cell.getBoundingClientRect();
      const anchor = cellPoint(e.clientX - box.left, e.clientY - box.top);
      setCamera((c) => zoomAt(c, wheelZoomFactor(e.deltaY), anchor));
    };
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0 || !cellUnder(e.target)) return;
      drag.current = { id: e.pointerId, x: e.clientX, y: e.clientY };
      el.setPointerCapture?.(e.pointerId);
    };
    const onMove = (e: PointerEvent) => {
      const d = drag.current;
      if (!d || d.id !== e.pointerId) return;
      const dx = e.clientX - d.x;
      const dy = e.clientY - d.y;
      drag.current = { id: d.id, x: e.clientX, y: e.clientY };
      setCamera((c) => panBy(c, dx, dy));
    };
    const onUp = (e: PointerEvent) => {
      if (drag.current?.id === e.pointerId) drag.current = null;
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onUp);
    };
  }, [container]);

  const reset = useCallback(() => setCamera(IDENTITY_CAMERA), []);
  /** Keyboard zoom: about the centre of the cells (all cells share a size, so the first one stands for all). */
  const zoomBy = (factor: number) => {
    const cell = container.current?.querySelector(`[${CAMERA_CELL_ATTR}]`);
    const box = cell?.getBoundingClientRect();
    const centre = cellPoint((box?.width ?? 0) / 2, (box?.height ?? 0) / 2);
    setCamera((c) => zoomAt(c, factor, centre));
  };
  return { camera, reset, zoomBy };
}
