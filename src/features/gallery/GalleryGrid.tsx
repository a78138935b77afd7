import { defaultRangeExtractor, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { CardAction } from './GalleryCard';
import { GalleryRowContent } from './GalleryRowContent';
import { galleryRows } from './galleryRows';
import type { GalleryItem } from './galleryStore';
import { handleGridKey, type PickModifiers } from './handleGridKey';
import { useGridFocus } from './useGridFocus';

export interface GalleryGridProps {
  /** The loaded results, newest first. */
  items: readonly GalleryItem[];
  /** How many the view has in all (null while counting): the rest are placeholders for the scroll height. */
  total: number | null;
  /** More stored results past the loaded ones. */
  hasMore: boolean;
  /** Asks for at least this many loaded results (pages load as their rows come into view). */
  onNeedMore: (minItems: number) => void;
  selected: ReadonlySet<string>;
  onPick: (id: string, modifiers: PickModifiers) => void;
  onAction: (action: CardAction, item: GalleryItem) => void;
  /** Keys on the grid (F favourite, Delete) with the result that has focus, if any. */
  onKey: (event: KeyboardEvent, focusedId: string | undefined) => void;
}

const GAP = 8;
const PAD = 12;
const HEADER_H = 28;
/** Caption and action rows under the square thumbnail. */
const CARD_EXTRA_H = 62;
/** Cards at least this wide; the column count follows the panel's width. */
const MIN_CARD_W = 132;
/**
 * Rows loaded ahead of the scroll position: a fast wheel moves ~3 rows per event and a page takes 1–2
 * events to read, so 40 rows keep the next page in before its placeholders come into view.
 */
const LOOKAHEAD_ROWS = 40;

/**
 * The results grid, virtualized by row: only rows on screen (plus a little overscan) are in the DOM. The
 * results not loaded yet are placeholder rows, so the total count sets the scroll height from the start and
 * the scrollbar can be dragged anywhere; their pages load as they come into view.
 *
 * A WAI-ARIA grid (rows of gridcells, `aria-rowcount`/`aria-rowindex` for the rows not in the DOM) with one
 * tab stop and roving focus: a listbox cannot hold the cards' buttons. Keys: `handleGridKey`.
 */
export function GalleryGrid({
  items,
  total,
  hasMore,
  onNeedMore,
  selected,
  onPick,
  onAction,
  onKey,
}: GalleryGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(300);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setWidth(el.clientWidth || 300);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const cols = Math.max(1, Math.floor((width - 2 * PAD + GAP) / (MIN_CARD_W + GAP)));
  const cardW = (width - 2 * PAD - (cols - 1) * GAP) / cols;
  const rows = useMemo(() => galleryRows(items, cols), [items, cols]);
  // Not loaded yet: while counting, one row's worth, enough to trigger the next page.
  const pending = hasMore ? Math.max((total ?? 0) - items.length, cols) : 0;
  const placeholderRows = Math.ceil(pending / cols);
  // Stable while the rows are: a new getItemKey makes the virtualizer lay out every row again (25,000 of
  // them with 50,000 results), on every render. Size changes go through measure() below.
  const getItemKey = useCallback((i: number) => rows[i]?.key ?? `placeholder-${i - rows.length}`, [rows]);
  const rowHeight = cardW + CARD_EXTRA_H + GAP;
  // Set once the virtualizer exists: it needs the focused row (below) before it can be created.
  const virtualizerRef = useRef<Virtualizer<HTMLDivElement, Element> | null>(null);
  const scrollToRow = useCallback((row: number) => virtualizerRef.current?.scrollToIndex(row), []);
  const focus = useGridFocus(rows, scroller, scrollToRow, {
    hasMore,
    onNeedMore,
    loaded: items.length,
    ahead: LOOKAHEAD_ROWS * cols,
  });
  const { tabStopRow } = focus;
  // The focused card's row stays rendered when it scrolls away, so focus is never dropped to the page.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (tabStopRow === undefined || indexes.includes(tabStopRow)) return indexes;
      return [...indexes, tabStopRow].sort((a, b) => a - b);
    },
    [tabStopRow],
  );
  const virtualizer = useVirtualizer({
    count: rows.length + placeholderRows,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.kind === 'header' ? HEADER_H + GAP : rowHeight),
    getItemKey,
    rangeExtractor,
    overscan: 2,
    // Scroll updates render with React's normal batching instead of a synchronous flush inside the scroll event.
    useFlushSync: false,
    paddingStart: PAD,
    paddingEnd: PAD,
  });
  useLayoutEffect(() => {
    virtualizerRef.current = virtualizer;
  }, [virtualizer]);
  // Sizes depend on the width, so a resize re-measures every row.
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, cardW, rows]);
  const virtualRows = virtualizer.getVirtualItems();
  const lastInView = virtualRows.at(-1)?.index ?? 0;
  useEffect(() => {
    if (!hasMore || lastInView < rows.length - LOOKAHEAD_ROWS) return;
    const placeholdersInView = Math.max(0, lastInView - rows.length + 1);
    onNeedMore(items.length + (placeholdersInView + LOOKAHEAD_ROWS) * cols);
  }, [hasMore, lastInView, rows.length, items.length, cols, onNeedMore]);

  // Stable for the memoized cards: a delete from a card's button moves focus to its neighbour first.
  const latest = useRef({ onAction, focusNeighbourOf: focus.focusNeighbourOf });
  useLayoutEffect(() => {
    latest.current = { onAction, focusNeighbourOf: focus.focusNeighbourOf };
  });
  const act = useCallback((action: CardAction, item: GalleryItem) => {
    if (action === 'delete') latest.current.focusNeighbourOf(item.id);
    latest.current.onAction(action, item);
  }, []);
  const pageRows = () => Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / rowHeight));

  return (
    <div
      ref={scroller}
      className="min-h-0 flex-1 overflow-y-auto"
      onKeyDown={(e) =>
        handleGridKey(e, {
          move: focus.move,
          pageRows,
          onPick,
          onKey,
          focusNeighbourOf: focus.focusNeighbourOf,
        })
      }
      onFocus={(e) => {
        const id = (e.target as HTMLElement).closest<HTMLElement>('[data-result-id]')?.dataset.resultId;
        if (id !== undefined) focus.noteFocused(id);
      }}
    >
      <div
        role="grid"
        aria-label="Results"
        aria-multiselectable="true"
        aria-rowcount={rows.length + placeholderRows}
        aria-colcount={cols}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualRows.map((v) => {
          const row = rows[v.index];
          return (
            <div
              key={v.key}
              role={row ? 'row' : 'none'}
              aria-rowindex={row ? v.index + 1 : undefined}
              style={{
                position: 'absolute',
                top: 0,
                left: PAD,
                right: PAD,
                transform: `translateY(${v.start}px)`,
                height: v.size - GAP,
              }}
            >
              <GalleryRowContent
                row={row}
                cols={cols}
                gap={GAP}
                tabStopId={focus.tabStopId}
                selected={selected}
                onPick={onPick}
                onAction={act}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
