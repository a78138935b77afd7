import { useEffect, useRef } from 'react';
import { stageKey } from './stageKey';

export interface StageKeyHandlers {
  onStep: (delta: -1 | 1) => void;
  /** O pressed (true) and released, or focus left the window (false). */
  onOriginal: (held: boolean) => void;
}

/**
 * ←/→ and hold-O for the stage, from anywhere in the page but text fields and widgets with keys of their
 * own (`stageKey`), while `active` (the stage is in front and nothing covers it).
 */
export function useStageKeys(active: boolean, handlers: StageKeyHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (e: KeyboardEvent) => {
      const action = stageKey(e);
      if (!action) return;
      e.preventDefault();
      if (action === 'original') latest.current.onOriginal(true);
      else latest.current.onStep(action === 'newer' ? -1 : 1);
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === 'o' || e.key === 'O') latest.current.onOriginal(false);
    };
    // Releasing O in another window must not leave the original on screen.
    const onBlur = () => latest.current.onOriginal(false);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
      latest.current.onOriginal(false);
    };
  }, [active]);
}
