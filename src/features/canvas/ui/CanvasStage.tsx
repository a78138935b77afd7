import { lazy, Suspense } from 'react';

// Konva stays out of the editor chunk too: the stage chunk loads when an image is first shown.
const KonvaStage = lazy(() => import('./KonvaStage'));

/** The Konva stage inside `container`, with a word while its chunk loads. */
export function CanvasStage({ container }: { container: HTMLDivElement }) {
  return (
    <Suspense fallback={<p className="p-4 text-sm text-paper-500">Loading canvas…</p>}>
      <KonvaStage container={container} />
    </Suspense>
  );
}
