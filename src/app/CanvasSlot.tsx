import { CanvasArea } from '../features/canvas';
import { useImageSizes } from '../features/generation';
import { useCanvasDraftPersistence } from './useCanvasDraftPersistence';

/**
 * The centre of the studio: the canvas (init image, mask, tools), told which sizes the selected engine
 * accepts for its images, and kept as a draft across reloads.
 */
export function CanvasSlot() {
  const sizes = useImageSizes();
  useCanvasDraftPersistence();
  return <CanvasArea sizes={sizes} />;
}
