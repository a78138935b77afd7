import { Button } from '../../components/ui';
import { useGalleryStore } from './galleryStore';

/** Most results the comparison view takes (number keys 1–9). */
export const MAX_COMPARE = 9;

export interface SelectionBarProps {
  /** The selected results in the grid's order. */
  ids: string[];
  onCompare?: (ids: string[]) => void;
  onClear: () => void;
}

/** What Shift/Ctrl-click selected: compare them (2–9), delete them, or clear the selection. */
export function SelectionBar({ ids, onCompare, onClear }: SelectionBarProps) {
  if (ids.length === 0) return null;
  return (
    <div className="flex items-center gap-1 text-xs text-paper-300">
      <span className="flex-1 tabular-nums">{ids.length} selected</span>
      <Button
        size="sm"
        disabled={ids.length < 2 || ids.length > MAX_COMPARE}
        onClick={() => onCompare?.(ids)}
        title="Compare the selected results (2–9)"
      >
        Compare selected
      </Button>
      <Button size="sm" onClick={() => void useGalleryStore.getState().deleteResults(ids)}>
        Delete selected
      </Button>
      <Button size="sm" variant="ghost" onClick={onClear}>
        Clear
      </Button>
    </div>
  );
}
