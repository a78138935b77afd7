import type { KeyboardEvent } from 'react';
import { isGridMove, type GridMove } from './gridNavigation';

/** Modifier keys of a pick: a plain one opens the viewer; Shift/Ctrl/⌘ change the selection. */
export type PickModifiers = { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean };

export interface GridKeyHandlers {
  move: (fromId: string, key: GridMove, options: { ctrl?: boolean; pageRows?: number }) => void;
  /** Rows of cards one screen holds (Page Up / Page Down). */
  pageRows: () => number;
  onPick: (id: string, modifiers: PickModifiers) => void;
  /** The panel's own keys (F favourite, Delete): it calls preventDefault when it acted. */
  onKey: (event: KeyboardEvent, focusedId: string | undefined) => void;
  focusNeighbourOf: (id: string) => void;
}

const PLAIN: PickModifiers = { shiftKey: false, ctrlKey: false, metaKey: false };

/**
 * Keys in the gallery grid (WAI-ARIA grid pattern). On a card: arrows, Home/End (Ctrl: first/last),
 * Page Up/Down move focus; Enter opens the viewer; Space selects; F2 goes into the card's buttons. In a
 * card's buttons: Tab, Shift+Tab, ←/→ cycle through them; Escape or F2 goes back to the card. F favourites and
 * Delete deletes anywhere in the card, and focus moves to the next card, never to the page.
 */
export function handleGridKey(e: KeyboardEvent<HTMLElement>, h: GridKeyHandlers): void {
  const target = e.target as HTMLElement;
  const card = target.closest<HTMLElement>('[data-result-id]');
  const id = card?.dataset.resultId;
  if (!card || id === undefined) return;
  const modified = e.altKey || e.ctrlKey || e.metaKey || e.shiftKey;
  if (target === card) {
    if (isGridMove(e.key) && !e.altKey && !e.shiftKey) {
      e.preventDefault();
      h.move(id, e.key, { ctrl: e.ctrlKey || e.metaKey, pageRows: h.pageRows() });
      return;
    }
    if (!modified && e.key === 'Enter') {
      e.preventDefault();
      return h.onPick(id, PLAIN);
    }
    if (!modified && e.key === ' ') {
      e.preventDefault();
      return h.onPick(id, { ...PLAIN, ctrlKey: true });
    }
    if (!modified && e.key === 'F2') {
      e.preventDefault();
      card.querySelector<HTMLElement>('button')?.focus();
      return;
    }
  } else if (!modified && (e.key === 'Escape' || e.key === 'F2')) {
    e.preventDefault();
    e.stopPropagation();
    card.focus();
    return;
  } else if (e.key === 'Tab' || (!modified && (e.key === 'ArrowLeft' || e.key === 'ArrowRight'))) {
    const buttons = [...card.querySelectorAll<HTMLElement>('button')];
    const step = e.key === 'ArrowLeft' || (e.key === 'Tab' && e.shiftKey) ? -1 : 1;
    const at = buttons.indexOf(target);
    e.preventDefault();
    buttons[(at + step + buttons.length) % buttons.length]?.focus();
    return;
  }
  h.onKey(e, id);
  if (e.key === 'Delete' && e.defaultPrevented) h.focusNeighbourOf(id);
}
