import { GalleryCard, type CardAction } from './GalleryCard';
import type { GalleryRow } from './galleryRows';
import type { GalleryItem } from './galleryStore';
import type { PickModifiers } from './handleGridKey';

export interface GalleryRowContentProps {
  /** The row, or undefined for one whose results are still loading. */
  row: GalleryRow | undefined;
  cols: number;
  gap: number;
  tabStopId: string | undefined;
  selected: ReadonlySet<string>;
  onPick: (id: string, modifiers: PickModifiers) => void;
  onAction: (action: CardAction, item: GalleryItem) => void;
}

/** Inside one virtual row of the grid: a run's label, its cards, or the shape of cards still loading. */
export function GalleryRowContent({
  row,
  cols,
  gap,
  tabStopId,
  selected,
  onPick,
  onAction,
}: GalleryRowContentProps) {
  const columns = { gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))`, gap };
  if (!row) {
    // Nothing a screen reader lists.
    return (
      <div aria-hidden="true" className="grid h-full" style={columns}>
        {Array.from({ length: cols }, (_, i) => (
          <div key={i} className="rounded-lg border border-ink-800 bg-ink-900" />
        ))}
      </div>
    );
  }
  if (row.kind === 'header') {
    // A run's label heads the rows under it; it takes no focus (arrows skip it).
    return (
      <div
        role="rowheader"
        aria-colspan={cols}
        className="flex h-full items-end gap-2 text-xs font-semibold text-paper-300"
        data-run-label={row.label}
      >
        <span>{row.label}</span>
        <span className="text-paper-500 tabular-nums">{row.count}</span>
      </div>
    );
  }
  return (
    <div role="none" className="grid h-full" style={columns}>
      {row.items.map((item, col) => (
        <GalleryCard
          key={item.id}
          item={item}
          column={col + 1}
          tabStop={item.id === tabStopId}
          selected={selected.has(item.id)}
          onPick={onPick}
          onAction={onAction}
        />
      ))}
    </div>
  );
}
