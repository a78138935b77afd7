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
  // Two lines: in the 20rem gallery column one line pushed Clear off the side of the page.
  return (
    <div className="flex flex-col gap-1 text-xs text-paper-300">
      <div className="flex items-center gap-1">
        <span className="flex-1 tabular-nums">{ids.length} selected</span>
        <Button size="sm" variant="ghost" onClick={onClear}>
          Clear
        </Button>
      </div>
      <div className="flex flex-wrap gap-1">
        <Button
          size="sm"
          disabled={ids.length < 2 || ids.length > MAX_COMPARE}
          onClick={() => onCompare?.(ids)}
          title="Compare the selected results (2–9)"
        >
          Compare selected
        </Button>
        <Button
          size="sm"
          onClick={(e) => {
            // This bar leaves with the selection: focus goes to the gallery, not to the page.
            e.currentTarget.closest<HTMLElement>('section[tabindex]')?.focus();
            void useGalleryStore.getState().deleteResults(ids);
          }}
        >
          Delete selected
        </Button>
      </div>
    </div>
  );
}
