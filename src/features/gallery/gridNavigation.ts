import type { GalleryRow } from './galleryRows';

/** Where a card sits: its row in the virtualized list (headers count) and its column in that row. */
export interface CardPlace {
  row: number;
  col: number;
}

/** The keys that move focus between cards (WAI-ARIA grid pattern, with wrapping Left/Right). */
export type GridMove =
  'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'PageUp' | 'PageDown';

const MOVES = new Set<string>([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/** True for a key that moves focus in the grid. */
export function isGridMove(key: string): key is GridMove {
  return MOVES.has(key);
}

/** Every loaded card's place, for the roving tab stop and for moves. O(n) once per layout, not per key. */
export function cardPlaces(rows: readonly GalleryRow[]): Map<string, CardPlace> {
  const places = new Map<string, CardPlace>();
  rows.forEach((row, r) => {
    if (row.kind === 'cards') row.items.forEach((item, col) => places.set(item.id, { row: r, col }));
  });
  return places;
}

/** The first card's id, or undefined while nothing is loaded. */
export function firstCardId(rows: readonly GalleryRow[]): string | undefined {
  for (const row of rows) if (row.kind === 'cards' && row.items[0]) return row.items[0].id;
  return undefined;
}

/** The next row of cards from `row` in `step` direction (headers skipped), or -1. */
function cardRowFrom(rows: readonly GalleryRow[], row: number, step: 1 | -1): number {
  for (let r = row + step; r >= 0 && r < rows.length; r += step) if (rows[r]?.kind === 'cards') return r;
  return -1;
}

function cardAt(rows: readonly GalleryRow[], row: number, col: number): string | undefined {
  const r = rows[row];
  if (r?.kind !== 'cards') return undefined;
  return r.items[Math.min(col, r.items.length - 1)]?.id;
}

/**
 * Where focus goes from card `from` on `key`: a card id; `'beyond'` when the move leads past the loaded
 * cards (the caller loads the next page and tries again); null when there is nowhere to go (the start).
 * Left/Right follow the results' order and wrap between rows, as in a file manager; Up/Down keep the column
 * (the nearest card of a shorter row); Page keys move `pageRows` rows of cards; Home/End stay in the row,
 * and with Ctrl go to the first / last loaded card.
 */
export function moveFocus(
  rows: readonly GalleryRow[],
  place: CardPlace,
  key: GridMove,
  options: { ctrl?: boolean; pageRows?: number } = {},
): string | 'beyond' | null {
  const row = rows[place.row];
  if (row?.kind !== 'cards') return null;
  if (key === 'Home' || key === 'End') {
    if (options.ctrl) {
      const edge = key === 'Home' ? cardRowFrom(rows, -1, 1) : cardRowFrom(rows, rows.length, -1);
      return cardAt(rows, edge, key === 'Home' ? 0 : Number.MAX_SAFE_INTEGER) ?? null;
    }
    return cardAt(rows, place.row, key === 'Home' ? 0 : row.items.length - 1) ?? null;
  }
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const step = key === 'ArrowRight' ? 1 : -1;
    const inRow = row.items[place.col + step];
    if (inRow) return inRow.id;
    const next = cardRowFrom(rows, place.row, step);
    if (next < 0) return step > 0 ? 'beyond' : null;
    return cardAt(rows, next, step > 0 ? 0 : Number.MAX_SAFE_INTEGER) ?? null;
  }
  const step = key === 'ArrowDown' || key === 'PageDown' ? 1 : -1;
  const count = key === 'PageUp' || key === 'PageDown' ? Math.max(1, options.pageRows ?? 1) : 1;
  let target = place.row;
  for (let i = 0; i < count; i++) {
    const next = cardRowFrom(rows, target, step);
    if (next < 0) break;
    target = next;
  }
  if (target === place.row) return step > 0 ? 'beyond' : null;
  return cardAt(rows, target, place.col) ?? null;
}

/**
 * The card that takes focus when `id` is deleted: the next one in order, else the previous one (it was
 * the last), else none. Focus must never fall to the page.
 */
export function neighbourAfterDelete(rows: readonly GalleryRow[], id: string): string | undefined {
  let previous: string | undefined;
  let found = false;
  for (const row of rows) {
    if (row.kind !== 'cards') continue;
    for (const item of row.items) {
      if (found) return item.id;
      if (item.id === id) found = true;
      else previous = item.id;
    }
  }
  return found ? previous : undefined;
}
