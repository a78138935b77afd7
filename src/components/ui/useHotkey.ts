import { useEffect, useRef } from 'react';

/** A key combination: `mod` is Ctrl on Windows/Linux and ⌘ on macOS. */
export interface Hotkey {
  key: string;
  mod?: boolean;
  shift?: boolean;
}

/** True when the event is exactly this combination (pure, for tests and for `useHotkey`). */
export function matchesHotkey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  hk: Hotkey,
): boolean {
  const mod = e.ctrlKey || e.metaKey;
  return (
    e.key.toLowerCase() === hk.key.toLowerCase() &&
    mod === Boolean(hk.mod) &&
    e.shiftKey === Boolean(hk.shift) &&
    !e.altKey
  );
}

/** Listens on window for a hotkey; works from inside text fields, which is the point of mod-combinations. */
export function useHotkey(hk: Hotkey, handler: () => void, enabled = true): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const { key, mod, shift } = hk;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !matchesHotkey(e, { key, mod, shift })) return;
      e.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key, mod, shift, enabled]);
}

/** "Ctrl+Enter" or "⌘Enter", for tooltips. */
export function hotkeyLabel(hk: Hotkey): string {
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  const parts = [hk.mod ? (mac ? '⌘' : 'Ctrl+') : '', hk.shift ? (mac ? '⇧' : 'Shift+') : '', hk.key];
  return parts.join('');
}
