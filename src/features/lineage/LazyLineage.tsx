import { lazy, Suspense } from 'react';
import type { HistoryPanelProps } from './HistoryPanel';

// History and Masks are no part of the first paint (README.md, "Budgets"): they load with the first
// result or image they have something to say about.
const HistoryChunk = lazy(() => import('./HistoryPanel').then((m) => ({ default: m.HistoryPanel })));
const MasksChunk = lazy(() => import('./MasksPanel').then((m) => ({ default: m.MasksPanel })));

/** region "History", loaded on demand. */
export function LazyHistoryPanel(props: HistoryPanelProps) {
  return (
    // Holds the panel's height while its code loads (HistoryPanel's HISTORY_FRAME): the gallery never jumps.
    <Suspense fallback={<div aria-hidden="true" className="h-44 shrink-0 border-b border-ink-700" />}>
      <HistoryChunk {...props} />
    </Suspense>
  );
}

/** region "Masks", loaded on demand. */
export function LazyMasksPanel() {
  return (
    <Suspense fallback={null}>
      <MasksChunk />
    </Suspense>
  );
}
