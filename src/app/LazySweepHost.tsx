import { lazy, Suspense, useState } from 'react';
import { useStudioView } from './studioView';

// The compare feature (sweep dialogs, comparison view, X/Y grid and its export) is not part of the first
// paint: its chunk loads the first time a dialog or a view is asked for (scripts/bundleBudget.ts).
const SweepHost = lazy(() => import('./SweepHost').then((m) => ({ default: m.SweepHost })));

/**
 * `SweepHost`, mounted from the first sweep dialog or comparison on and never unmounted after, so a job
 * keeps running (and its results keep arriving) when its dialog or view closes.
 */
export function LazySweepHost() {
  const wanted = useStudioView((s) => s.dialog !== null || s.view !== null);
  const [mounted, setMounted] = useState(wanted);
  // Derived during render (React's "adjusting state on a prop change" pattern): no extra effect pass.
  if (wanted && !mounted) setMounted(true);
  if (!mounted) return null;
  return (
    <Suspense fallback={null}>
      <SweepHost />
    </Suspense>
  );
}
