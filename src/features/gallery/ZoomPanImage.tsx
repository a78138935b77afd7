import { useRef, useState } from 'react';
import { BitmapCanvas } from './BitmapCanvas';

/** Zoom limits of the viewer: whole picture down to a quarter, up to 16× for pixel peeping. */
const MIN_ZOOM = 0.25;
const MAX_ZOOM = 16;

/** An image with wheel zoom (at the pointer), drag pan and double-click reset. */
export function ZoomPanImage({ blob, alt }: { blob: Blob | undefined; alt: string }) {
  const [view, setView] = useState({ zoom: 1, x: 0, y: 0 });
  const drag = useRef<{ x: number; y: number } | null>(null);
  return (
    <div
      className="relative h-[70vh] w-[min(70vw,70vh)] touch-none overflow-hidden rounded-lg bg-ink-950"
      onWheel={(e) => {
        const rect = e.currentTarget.getBoundingClientRect();
        const px = e.clientX - rect.left - rect.width / 2;
        const py = e.clientY - rect.top - rect.height / 2;
        setView((v) => {
          const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.zoom * Math.exp(-e.deltaY / 300)));
          const k = zoom / v.zoom;
          // Keep the point under the pointer where it is.
          return { zoom, x: px - (px - v.x) * k, y: py - (py - v.y) * k };
        });
      }}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { x: e.clientX, y: e.clientY };
      }}
      onPointerMove={(e) => {
        const last = drag.current;
        if (!last) return;
        drag.current = { x: e.clientX, y: e.clientY };
        setView((v) => ({ ...v, x: v.x + e.clientX - last.x, y: v.y + e.clientY - last.y }));
      }}
      onPointerUp={() => (drag.current = null)}
      onDoubleClick={() => setView({ zoom: 1, x: 0, y: 0 })}
      title="Wheel to zoom · drag to pan · double-click to reset"
    >
      <BitmapCanvas
        blob={blob}
        label={alt}
        className="h-full w-full object-contain"
        style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.zoom})` }}
      />
    </div>
  );
}
