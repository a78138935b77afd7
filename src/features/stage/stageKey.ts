/** What a key does on the stage: step to the newer (←) or older (→) result, or show the original (O). */
export type StageKeyAction = 'newer' | 'older' | 'original';

/**
 * Widgets that own the arrow keys (or any key) while focus is in them: the stage leaves those alone, as
 * it leaves text fields alone.
 */
const KEY_OWNERS =
  'dialog, [role="dialog"], [role="grid"], [role="slider"], [role="radiogroup"], [role="tablist"], [role="listbox"], [role="menu"], [role="toolbar"]';

/** True when the key belongs to where focus is: a text field, a select, a slider, a grid, a dialog… */
export function keyBelongsToTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  ) {
    return true;
  }
  return target.closest(KEY_OWNERS) !== null;
}

/**
 * The stage's action for a key press anywhere in the page, or null: ←/→ and O without modifiers, unless
 * something else already handled the key or it belongs to where focus is.
 */
export function stageKey(
  e: Pick<
    KeyboardEvent,
    'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'defaultPrevented' | 'target'
  >,
): StageKeyAction | null {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  if (keyBelongsToTarget(e.target)) return null;
  if (e.key === 'ArrowLeft') return 'newer';
  if (e.key === 'ArrowRight') return 'older';
  if (e.key === 'o' || e.key === 'O') return 'original';
  return null;
}
