import { CanvasArea, useCanvasSummary } from '../features/canvas';
import { useExtendCanvasRule, useImageSizes, useKeepSize } from '../features/generation';
import { LazyMasksPanel } from '../features/lineage';
import { useCanvasDraftPersistence } from './useCanvasDraftPersistence';

/**
 * The centre of the studio: the canvas (init image, mask, tools), told which sizes the selected engine
 * accepts for its images, and kept as a draft across reloads; under it, the masks of its image's results.
 */
export function CanvasSlot() {
  const sizes = useImageSizes();
  const extend = useExtendCanvasRule();
  // "Only masked" sends a region: an image it applies to opens at its own size, never refused.
  const keepSize = useKeepSize(sizes);
  const { hasInitImage } = useCanvasSummary();
  useCanvasDraftPersistence();
  return (
    <div className="flex h-full flex-col">
      <div className="relative min-h-0 flex-1">
        <CanvasArea sizes={sizes} extend={extend} keepSize={keepSize} />
      </div>
      {hasInitImage && <LazyMasksPanel />}
    </div>
  );
}
