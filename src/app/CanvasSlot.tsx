import { CanvasArea } from '../features/canvas';
import { useExtendCanvasRule, useImageSizes } from '../features/generation';
import { useCanvasDraftPersistence } from './useCanvasDraftPersistence';

/**
 * The centre of the studio: the canvas (init image, mask, tools), told which sizes the selected engine
 * accepts for its images, and kept as a draft across reloads.
 */
export function CanvasSlot() {
  const sizes = useImageSizes();
  const extend = useExtendCanvasRule();
  useCanvasDraftPersistence();
  return <CanvasArea sizes={sizes} extend={extend} />;
}
