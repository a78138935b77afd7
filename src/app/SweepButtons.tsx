import { currentRequest } from '../features/generation';
import { useStudioView } from './studioView';

const OPENER =
  'rounded border border-ink-600 px-3 py-1 text-sm text-paper-100 hover:bg-ink-700 disabled:opacity-50';

/**
 * "Compare seeds" and "X/Y grid", under Generate: both start from what Generate would send now. The
 * buttons are drawn here, not imported from the compare feature, so the first paint loads none of it:
 * the dialogs come with `LazySweepHost`'s chunk when one is first opened.
 */
export function SweepButtons() {
  const open = (kind: 'seeds' | 'grid') =>
    void currentRequest().then((current) => useStudioView.getState().openDialog(kind, current));
  return (
    <div className="flex gap-2 border-t border-ink-700 bg-ink-900 px-3 py-2">
      <button
        type="button"
        onClick={() => open('seeds')}
        title="Run this recipe with several seeds and compare them"
        className={OPENER}
      >
        Compare seeds
      </button>
      <button
        type="button"
        onClick={() => open('grid')}
        title="Seeds across, one parameter down"
        className={OPENER}
      >
        X/Y grid
      </button>
    </div>
  );
}
