import { useEffect } from 'react';
import { maskActions } from '../session/historyActions';
import { setSpaceHeld } from '../session/spaceKey';
import { useToolStore } from '../store/useToolStore';
import { useViewStore } from '../store/useViewStore';
import type { ToolId } from '../tools/toolTypes';
import { isTypingTarget } from './isTypingTarget';

const TOOL_KEYS: Record<string, ToolId> = { b: 'brush', e: 'eraser', l: 'lasso', h: 'hand' };

const INTERACTIVE =
  'button, a[href], input, select, textarea, summary, [role="button"], [role="slider"], [role="dialog"]';

/** Canvas keyboard shortcuts, active while the canvas area is mounted. */
export function useCanvasShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (isTypingTarget(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && !e.altKey) {
        const action =
          key === 'z' && e.shiftKey
            ? maskActions.redo
            : key === 'z'
              ? maskActions.undo
              : key === 'y'
                ? maskActions.redo
                : key === '0'
                  ? useViewStore.getState().fit
                  : key === '1'
                    ? useViewStore.getState().actualSize
                    : null;
        if (action) {
          e.preventDefault();
          action();
        }
        return;
      }
      if (e.altKey) return;
      if (e.key === ' ') {
        // Space still activates a focused button or control; it means "hand" only elsewhere.
        if (e.target instanceof Element && e.target.closest(INTERACTIVE)) return;
        e.preventDefault();
        setSpaceHeld(true);
        return;
      }
      const tools = useToolStore.getState();
      const tool = TOOL_KEYS[key];
      if (tool) tools.setTool(tool);
      else if (e.key === '[') tools.nudgeBrushSize(-1);
      else if (e.key === ']') tools.nudgeBrushSize(1);
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ') setSpaceHeld(false);
    };
    const onBlur = () => setSpaceHeld(false);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
    };
  }, []);
}
