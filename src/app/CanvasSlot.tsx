import { CanvasArea } from '../features/canvas';
import { useOptionsStore } from '../features/generation';
import { useCanvasDraftPersistence } from './useCanvasDraftPersistence';

/**
 * The centre of the studio: the canvas (init image, mask, tools), told which engine's size rule its
 * images must meet, and kept as a draft across reloads.
 */
export function CanvasSlot() {
  const engineId = useOptionsStore((s) => s.engineId);
  useCanvasDraftPersistence();
  return <CanvasArea engineId={engineId} />;
}
