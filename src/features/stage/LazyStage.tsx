import { lazy, Suspense } from 'react';
import type { StageProps } from './Stage';

// The stage (and the comparison pieces it reuses) is no part of the first paint: it loads when there is
// first a result to show (README.md, "Budgets").
const StageChunk = lazy(() => import('./Stage').then((m) => ({ default: m.Stage })));

/** The stage, loaded on first show. */
export function LazyStage(props: StageProps) {
  return (
    <Suspense fallback={null}>
      <StageChunk {...props} />
    </Suspense>
  );
}
