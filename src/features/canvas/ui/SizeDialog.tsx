import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useFocusReturn } from '../../../components/ui';
import { applyPendingCrop, applyPendingResize, cancelPending } from '../io/loadInitImage';
import { moveCropRect, type CropRect } from '../sizing/fitSize';
import { usePendingImage } from '../store/useCanvasDocStore';
import { useImageSizes } from '../store/useImageSizesStore';

const PREVIEW_MAX = 320;

/**
 * "Image size": the engine refuses the picture's size, so the user picks Crop (with a movable preview of the
 * kept area), Resize (whole picture, nearest valid size) or Cancel. Nothing is sent or opened silently.
 */
export function SizeDialog() {
  const pending = usePendingImage();
  const sizes = useImageSizes();
  const preview = useRef<HTMLCanvasElement>(null);
  const firstButton = useRef<HTMLButtonElement>(null);
  const [rect, setRect] = useState<CropRect | null>(null);
  const drag = useRef<{ x: number; y: number } | null>(null);
  const [prevPending, setPrevPending] = useState(pending);
  if (pending !== prevPending) {
    setPrevPending(pending);
    setRect(pending?.crop?.rect ?? null);
  }
  // Before the effect that focuses its first button: focus goes back where it was (Upload image) on close.
  useFocusReturn(pending !== null);
  const scale = pending ? Math.min(1, PREVIEW_MAX / Math.max(pending.size.width, pending.size.height)) : 1;

  useEffect(() => {
    const c = preview.current;
    if (!pending || !c) return;
    c.width = Math.round(pending.size.width * scale);
    c.height = Math.round(pending.size.height * scale);
    c.getContext('2d')?.drawImage(pending.bitmap, 0, 0, c.width, c.height);
    firstButton.current?.focus();
  }, [pending, scale]);

  if (!pending) return null;
  const problem = sizes?.problem(pending.size.width, pending.size.height) ?? null;
  const engineId = sizes?.engineId ?? 'the engine';
  const move = (dx: number, dy: number) => setRect((r) => (r ? moveCropRect(r, pending.size, dx, dy) : r));
  const onPointerDown = (e: ReactPointerEvent) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerMove = (e: ReactPointerEvent) => {
    if (!drag.current) return;
    move((e.clientX - drag.current.x) / scale, (e.clientY - drag.current.y) / scale);
    drag.current = { x: e.clientX, y: e.clientY };
  };
  const crop = pending.crop;
  const resize = pending.resize;

  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/60">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="canvas-size-title"
        className="flex max-w-md flex-col gap-3 rounded-lg border border-ink-700 bg-ink-850 p-5 text-sm text-paper-100 shadow-xl"
        onKeyDown={(e) => e.key === 'Escape' && cancelPending()}
      >
        <h2 id="canvas-size-title" className="text-base font-semibold">
          Image size
        </h2>
        <p className="text-paper-300">
          This image is {pending.size.width}×{pending.size.height}, which {engineId} does not accept
          {problem ? ` (${problem})` : ''}. Crop or resize it to a size the engine accepts.
        </p>
        <div className="relative self-center overflow-hidden" style={{ lineHeight: 0 }}>
          <canvas ref={preview} className="rounded" aria-label="Preview of the image" />
          {rect && (
            <div
              role="img"
              aria-label={`Crop area ${rect.width}×${rect.height} at ${rect.x}, ${rect.y}; drag or use the arrow keys to move it`}
              tabIndex={0}
              className="absolute cursor-move border-2 border-accent-400 shadow-[0_0_0_9999px_rgba(0,0,0,0.5)] touch-none"
              style={{
                left: rect.x * scale,
                top: rect.y * scale,
                width: rect.width * scale,
                height: rect.height * scale,
              }}
              onPointerDown={onPointerDown}
              onPointerMove={onPointerMove}
              onPointerUp={() => (drag.current = null)}
              onKeyDown={(e) => {
                const step = e.shiftKey ? 64 : 8;
                const d = {
                  ArrowLeft: [-step, 0],
                  ArrowRight: [step, 0],
                  ArrowUp: [0, -step],
                  ArrowDown: [0, step],
                }[e.key];
                if (!d) return;
                e.preventDefault();
                move(d[0] as number, d[1] as number);
              }}
            />
          )}
        </div>
        <div className="flex justify-end gap-2">
          {crop && rect && (
            <button
              ref={firstButton}
              type="button"
              aria-label="Crop"
              className="rounded bg-accent-600 px-3 py-1.5 text-white hover:bg-accent-500"
              onClick={() => applyPendingCrop(rect)}
            >
              Crop to {crop.target.width}×{crop.target.height}
            </button>
          )}
          {resize && (
            <button
              type="button"
              aria-label="Resize"
              className="rounded bg-ink-700 px-3 py-1.5 hover:bg-ink-600"
              onClick={applyPendingResize}
            >
              Resize to {resize.width}×{resize.height}
            </button>
          )}
          <button
            type="button"
            aria-label="Cancel"
            className="rounded bg-ink-700 px-3 py-1.5 hover:bg-ink-600"
            onClick={cancelPending}
          >
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
