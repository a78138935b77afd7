import { CompareSeedsButton, XYGridButton } from '../features/compare';
import { currentRequest } from '../features/generation';
import { useStudioView } from './studioView';

/** "Compare seeds" and "X/Y grid", under Generate: both start from what Generate would send now. */
export function SweepButtons() {
  const open = (kind: 'seeds' | 'grid') =>
    void currentRequest().then((current) => useStudioView.getState().openDialog(kind, current));
  return (
    <div className="flex gap-2 border-t border-ink-700 bg-ink-900 px-3 py-2">
      <CompareSeedsButton onClick={() => open('seeds')} />
      <XYGridButton onClick={() => open('grid')} />
    </div>
  );
}
