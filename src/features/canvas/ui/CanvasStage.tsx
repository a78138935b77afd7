import { lazy, Suspense } from 'react';

// Konva stays out of the editor chunk too: the stage chunk loads when an image is first shown.
const KonvaStage = lazy(() => import('./KonvaStage'));

/**
 * The Konva stage inside `container`. While its chunk loads the canvas area shows itself busy ("Loading
 * image…", stageReady is false), so nothing is needed here meanwhile.
 */
export function CanvasStage({ container }: { container: HTMLDivElement }) {
  return (
    <Suspense fallback={null}>
      <KonvaStage container={container} />
    </Suspense>
  );
}
