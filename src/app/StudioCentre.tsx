import { useEffect, useRef, type DragEvent } from 'react';
import { cx } from '../components/ui';
import { loadInitImage, useCanvasSummary } from '../features/canvas';
import type { GalleryActions } from '../features/gallery';
import { subscribeNewResults } from '../features/generation';
import {
  canvasChange,
  LazyStage,
  resultsArrived,
  showCanvas,
  useCentreView,
  type CanvasShape,
} from '../features/stage';
import { CanvasSlot } from './CanvasSlot';
import { CentreSwitch } from './CentreSwitch';
import { LazySweepHost } from './LazySweepHost';
import { useStudioView } from './studioView';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

/**
 * The centre of the studio: the stage (the newest or chosen result) or the canvas (the init image and
 * mask), by the stage's rule (`centreView`), with "Stage" / "Canvas" to switch while there is a result;
 * the comparison and X/Y grid cover both. The canvas stays mounted under the stage (hidden), so its
 * image, mask, view and paste keep working while a result is shown.
 */
export function StudioCentre({ actions }: { actions: GalleryActions }) {
  const canvas = useCanvasSummary();
  const { view, hasResult } = useCentreView(canvas.hasInitImage);
  const covered = useStudioView((s) => s.view !== null);
  useCentreFollowsCanvas(canvas);
  useEffect(() => subscribeNewResults(resultsArrived), []);

  // Leaving the stage by one of its own buttons ("Edit on canvas") takes that button away: focus goes to
  // "Canvas", which says where the centre went, rather than to the page.
  const switcher = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (view === 'canvas' && document.activeElement === document.body) {
      switcher.current?.querySelector<HTMLElement>('[data-view="canvas"]')?.focus();
    }
  }, [view]);

  return (
    <main className="relative flex min-h-0 min-w-0 flex-col bg-ink-950">
      {hasResult && <CentreSwitch ref={switcher} view={view} />}
      <div className="relative min-h-0 flex-1">
        <div className={cx('absolute inset-0', view === 'stage' && 'invisible')}>
          <CanvasSlot />
        </div>
        {view === 'stage' && (
          <div
            className="absolute inset-0"
            // An image dropped on the stage opens on the canvas, as it did on the empty drop zone the stage
            // now covers (a recipe is opened by a drop elsewhere, or with "Open recipe").
            onDragOver={(e) => {
              if (!hasFiles(e)) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = 'copy';
            }}
            onDrop={(e) => {
              const file = e.dataTransfer.files[0];
              if (!file) return;
              e.preventDefault();
              showCanvas();
              void loadInitImage(file);
            }}
          >
            <LazyStage actions={actions} keysActive={!covered} />
          </div>
        )}
      </div>
      <LazySweepHost />
    </main>
  );
}

/**
 * An image opened on the canvas brings the canvas to the centre. Removing it changes nothing here: "Remove
 * image" is pressed on the canvas, whose Undo must stay in front; a recipe that clears the canvas says
 * so itself (restoreRecipeCanvas → canvasCleared).
 */
function useCentreFollowsCanvas({ hasInitImage, width, height }: CanvasShape): void {
  const last = useRef<CanvasShape>({ hasInitImage, width, height });
  useEffect(() => {
    const change = canvasChange(last.current, { hasInitImage, width, height });
    last.current = { hasInitImage, width, height };
    if (change === 'opened') showCanvas();
  }, [hasInitImage, width, height]);
}
