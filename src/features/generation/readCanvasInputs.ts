import { exportCanvasInputs } from '../canvas';
import type { CanvasInputs } from './buildGenerationRequest';

/** Why the canvas could not hand over its images; the message is shown above Generate. */
export class CanvasExportError extends Error {
  constructor(cause: unknown) {
    super(
      `The canvas could not export its image and mask (${cause instanceof Error ? cause.message : String(cause)}). Try again, or open the image again.`,
    );
    this.name = 'CanvasExportError';
  }
}

/**
 * The canvas's images as the pipeline wants them, read at the moment Generate is pressed: the init
 * image PNG, the painted mask PNG (at the init image's resolution, from the raster) or none, and the
 * init image's size. `null` without an init image (text-to-image).
 */
export async function readCanvasInputs(): Promise<CanvasInputs | null> {
  let exported;
  try {
    exported = await exportCanvasInputs();
  } catch (error) {
    throw new CanvasExportError(error);
  }
  if (!exported) return null;
  const inputs: CanvasInputs = {
    initImage: exported.initImage,
    width: exported.width,
    height: exported.height,
    initHasAlpha: exported.initHasAlpha,
  };
  if (exported.mask) inputs.maskImage = exported.mask;
  return inputs;
}
