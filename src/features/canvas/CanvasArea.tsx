import { lazy, Suspense, useState } from 'react';
import { checkSize } from '../../lib/api';
import { refitInitImage } from './io/loadInitImage';
import { installTestHooks } from './testHooks';
import { EmptyState, UploadButton } from './ui/EmptyState';
import { OverlayControls } from './ui/OverlayControls';
import { SizeDialog } from './ui/SizeDialog';
import { Toolbar } from './ui/Toolbar';
import { useCanvasShortcuts } from './ui/useCanvasShortcuts';
import { useImageIntake } from './ui/useImageIntake';
import {
  showCanvasError,
  useCanvasDocStore,
  useCanvasError,
  useHasInitImage,
} from './store/useCanvasDocStore';
import { useActiveTool } from './store/useToolStore';

// Konva stays out of the first paint: the stage chunk loads when the canvas area mounts.
const KonvaStage = lazy(() => import('./ui/KonvaStage'));

installTestHooks();

/** The studio's centre area: toolbar, Konva stage, overlay controls, size dialog and empty-state drop zone. */
export function CanvasArea({ engineId }: { engineId: string }) {
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const hasImage = useHasInitImage();
  const error = useCanvasError();
  const tool = useActiveTool();
  const { dragging, dropHandlers } = useImageIntake(engineId);
  const width = useCanvasDocStore((s) => s.width);
  const height = useCanvasDocStore((s) => s.height);
  useCanvasShortcuts();
  const sizeProblem = hasImage ? checkSize(engineId, width, height) : null;

  return (
    <section aria-label="Canvas" className="flex h-full min-h-0 flex-col bg-ink-950" {...dropHandlers}>
      <Toolbar />
      {error && (
        <div
          role="alert"
          className="flex items-start gap-2 bg-danger-500/15 px-3 py-2 text-sm text-danger-400"
        >
          <span className="flex-1">{error}</span>
          <button type="button" className="text-xs underline" onClick={() => showCanvasError(null)}>
            Dismiss
          </button>
        </div>
      )}
      {sizeProblem && (
        <div className="flex items-center gap-2 bg-warn-400/10 px-3 py-1 text-xs text-warn-400">
          <span className="flex-1">
            {engineId} does not accept {width}×{height}: {sizeProblem.message}.
          </span>
          <button type="button" className="underline" onClick={() => void refitInitImage(engineId)}>
            Crop or resize…
          </button>
        </div>
      )}
      <div className="relative min-h-0 flex-1 overflow-hidden">
        <div
          ref={setContainer}
          data-testid="canvas-stage"
          className="absolute inset-0 select-none"
          style={{ cursor: tool === 'hand' ? 'grab' : hasImage ? 'crosshair' : 'default' }}
        >
          {container && hasImage && (
            <Suspense fallback={<p className="p-4 text-sm text-paper-500">Loading canvas…</p>}>
              <KonvaStage container={container} />
            </Suspense>
          )}
        </div>
        {!hasImage && <EmptyState engineId={engineId} dragging={dragging} />}
      </div>
      {hasImage && (
        <div className="flex items-center border-t border-ink-700 bg-ink-900">
          <div className="flex-1">
            <OverlayControls />
          </div>
          <div className="px-3 py-2">
            <UploadButton engineId={engineId} compact />
          </div>
        </div>
      )}
      <SizeDialog engineId={engineId} />
    </section>
  );
}
