import { CanvasArea } from '../features/canvas';
import { useImageSizes, useKeepSize } from '../features/generation';
import { useCanvasDraftPersistence } from './useCanvasDraftPersistence';

/**
 * The centre of the studio: the canvas (init image, mask, tools), told which sizes the selected engine
 * accepts for its images, and kept as a draft across reloads.
 */
export function CanvasSlot() {
  const sizes = useImageSizes();
  // "Only masked" sends a region: an image it applies to opens at its own size, never refused.
  const keepSize = useKeepSize(sizes);
  useCanvasDraftPersistence();
  return <CanvasArea sizes={sizes} keepSize={keepSize} />;
}
