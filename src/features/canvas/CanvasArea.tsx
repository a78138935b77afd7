import { useEffect, useLayoutEffect, useState } from 'react';
import type { EngineSizes } from '../../lib/api/studio';
import { prefetchCanvasEditor, useCanvasEditor } from './loadCanvasEditor';
import { EmptyState, UploadButton } from './ui/EmptyState';
import { useImageIntake } from './ui/useImageIntake';
import { showCanvasError, useCanvasBusy, useCanvasError, useHasInitImage } from './store/useCanvasDocStore';
import { useActiveTool } from './store/useToolStore';
import { useImageSizesStore, type KeepSize } from './store/useImageSizesStore';
import type { ExtendRule } from './extend/extendRule';

/**
 * The studio's centre area. The first paint is the drop zone only (empty state, Upload image, drop and
 * paste); the toolbar, stage, overlay controls and size dialog come with the editor module, fetched in
 * idle time right after (README, "Loading"). An image cannot open before the editor has loaded, so
 * nothing that needs one is ever missing. `sizes` are what the selected engine accepts for an init image
 * (null: the API takes every size); images are checked against them as they come in, unless `keepSize`:
 * then images the user opens keep their size (up to 8192²) even when the engine refuses it
 * (LoadInitImageOptions.keepSize; a function decides by the image's size). While an image loads, or its stage is still arriving, the area is
 * busy: "Loading image…" covers the stage and no stroke is taken.
 */
export function CanvasArea({
  sizes,
  keepSize = false,
  extend,
}: {
  sizes: EngineSizes | null;
  keepSize?: KeepSize;
  /** What "Extend canvas" offers for the selected API and model (its step, ratios, outpaint endpoint); absent: every margin allowed, an inpaint. */
  extend?: ExtendRule;
}) {
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const editor = useCanvasEditor();
  const hasImage = useHasInitImage();
  const error = useCanvasError();
  const tool = useActiveTool();
  const busy = useCanvasBusy();
  const { dragging, dropHandlers } = useImageIntake();
  useEffect(prefetchCanvasEditor, []);
  // Before paint, so an image dropped right after an engine change is judged by the new engine.
  useLayoutEffect(() => useImageSizesStore.setState({ sizes, keepSize }), [sizes, keepSize]);

  return (
    <section
      aria-label="Canvas"
      aria-busy={busy}
      className="flex h-full min-h-0 flex-col bg-ink-950"
      {...dropHandlers}
    >
      {editor ? (
        <editor.Toolbar extend={extend} />
      ) : (
        // Holds the toolbar's height until it arrives, so the drop zone does not jump.
        <div aria-hidden="true" className="h-[calc(2.75rem+1px)] border-b border-ink-700 bg-ink-900" />
      )}
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
      {editor && <editor.SizeBanner />}
      <div className="relative min-h-0 flex-1 overflow-hidden">
        <div
          ref={setContainer}
          data-testid="canvas-stage"
          className="absolute inset-0 select-none"
          style={{ cursor: tool === 'hand' ? 'grab' : hasImage ? 'crosshair' : 'default' }}
        >
          {editor && container && hasImage && <editor.CanvasStage container={container} />}
          {editor && hasImage && <editor.SendRegionOverlay />}
        </div>
        {!hasImage && <EmptyState dragging={dragging} />}
        {busy && (
          // Over the stage, so a stroke meets this and not the image about to go (PointerController
          // refuses it too, for a pointerdown that comes before this is drawn). Without an image it hides
          // the drop zone, which stays mounted: Upload image keeps focus for the dialog that may follow.
          <div
            role="status"
            className={`absolute inset-0 flex cursor-progress items-center justify-center text-sm text-paper-200 ${
              hasImage ? 'bg-ink-950/60' : 'bg-ink-950'
            }`}
          >
            Loading image…
          </div>
        )}
      </div>
      {editor && hasImage && (
        <div className="flex items-center border-t border-ink-700 bg-ink-900">
          <div className="flex-1">
            <editor.OverlayControls />
          </div>
          <div className="px-3 py-2">
            <UploadButton compact />
          </div>
        </div>
      )}
      {editor && <editor.SizeDialog />}
      {editor && <editor.CanvasShortcuts />}
    </section>
  );
}
