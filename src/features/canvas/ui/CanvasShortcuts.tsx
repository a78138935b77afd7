import { useCanvasShortcuts } from './useCanvasShortcuts';

/** The canvas keyboard shortcuts, as a component the canvas area mounts once the editor has loaded. */
export function CanvasShortcuts(): null {
  useCanvasShortcuts();
  return null;
}
