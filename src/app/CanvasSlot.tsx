import { CanvasArea } from '../features/canvas';
import { useOptionsStore } from '../features/generation';

/**
 * The centre of the studio: the canvas (init image, mask, tools), told which engine's size rule its
 * images must meet.
 */
export function CanvasSlot() {
  const engineId = useOptionsStore((s) => s.engineId);
  return <CanvasArea engineId={engineId} />;
}
