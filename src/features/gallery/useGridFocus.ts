import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { GalleryRow } from './galleryRows';
import { cardPlaces, firstCardId, moveFocus, neighbourAfterDelete, type GridMove } from './gridNavigation';

export interface GridFocus {
  /** The one card in the tab order (roving tabindex): the last focused one, else the first. */
  tabStopId: string | undefined;
  /** Its row, which the virtualizer keeps rendered even off screen so focus is never dropped. */
  tabStopRow: number | undefined;
  /** Moves focus to the card `key` leads to, loading the next page first when it is past the loaded ones. */
  move: (fromId: string, key: GridMove, options: { ctrl?: boolean; pageRows?: number }) => void;
  /** Focuses a card (scrolled into view once rendered). */
  focusCard: (id: string) => void;
  /** Before `id` leaves: its neighbour takes focus if focus was in the grid. */
  focusNeighbourOf: (id: string) => void;
  /** Follows focus that arrived by other means (a click on a card's button). */
  noteFocused: (id: string) => void;
}

/**
 * Roving focus over the virtualized cards (WAI-ARIA grid pattern): one tab stop, arrows move it. A move
 * to a card whose row is off screen renders that row (see `tabStopRow`), focuses it without the browser's
 * own scroll (which fights the virtualizer), then asks the virtualizer to scroll it into view.
 */
export function useGridFocus(
  rows: readonly GalleryRow[],
  scroller: RefObject<HTMLElement | null>,
  scrollToRow: (row: number) => void,
  more: { hasMore: boolean; onNeedMore: (minItems: number) => void; loaded: number; ahead: number },
): GridFocus {
  const places = useMemo(() => cardPlaces(rows), [rows]);
  const [activeId, setActiveId] = useState<string>();
  const [focusSeq, setFocusSeq] = useState(0);
  const wantFocus = useRef<string | null>(null);
  const pending = useRef<{ key: GridMove; options: { ctrl?: boolean; pageRows?: number } } | null>(null);
  const tabStopId = activeId !== undefined && places.has(activeId) ? activeId : firstCardId(rows);
  const tabStopRow = tabStopId === undefined ? undefined : places.get(tabStopId)?.row;

  const focusCard = useCallback((id: string) => {
    wantFocus.current = id;
    setActiveId(id);
    // A new request even when the id did not change (back from a card's buttons), so the effect runs.
    setFocusSeq((n) => n + 1);
  }, []);

  useLayoutEffect(() => {
    const id = wantFocus.current;
    if (id === null) return;
    const card = scroller.current?.querySelector<HTMLElement>(`[data-result-id="${CSS.escape(id)}"]`);
    const place = places.get(id);
    if (!card || !place) return;
    wantFocus.current = null;
    card.focus({ preventScroll: true });
    scrollToRow(place.row);
  }, [focusSeq, places, scroller, scrollToRow]);

  const { hasMore, onNeedMore, loaded, ahead } = more;
  const move = useCallback(
    (fromId: string, key: GridMove, options: { ctrl?: boolean; pageRows?: number }) => {
      const place = places.get(fromId);
      if (!place) return;
      const target = moveFocus(rows, place, key, options);
      pending.current = null;
      if (target === 'beyond') {
        if (!hasMore) return;
        pending.current = { key, options };
        onNeedMore(loaded + ahead);
      } else if (target !== null) focusCard(target);
    },
    [places, rows, hasMore, onNeedMore, loaded, ahead, focusCard],
  );

  // A move that waited for the next page: try it again once the page is in.
  useEffect(() => {
    const waiting = pending.current;
    if (!waiting || tabStopId === undefined || loaded === 0) return;
    move(tabStopId, waiting.key, waiting.options);
    // Only new results matter here; `move` changes with them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);

  const focusNeighbourOf = useCallback(
    (id: string) => {
      if (!scroller.current?.contains(document.activeElement)) return;
      const next = neighbourAfterDelete(rows, id);
      if (next) focusCard(next);
      // The last card: the gallery itself takes focus (its empty state replaces the grid), not the page.
      else scroller.current.closest<HTMLElement>('section[tabindex]')?.focus();
    },
    [rows, scroller, focusCard],
  );

  return { tabStopId, tabStopRow, move, focusCard, focusNeighbourOf, noteFocused: setActiveId };
}
