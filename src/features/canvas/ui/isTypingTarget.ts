/** True while the user is typing: shortcuts and paste must never steal keys from text fields. */
export function isTypingTarget(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable) return true;
  if (t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement) return true;
  if (t instanceof HTMLInputElement)
    return !['range', 'checkbox', 'radio', 'button', 'color'].includes(t.type);
  return false;
}
