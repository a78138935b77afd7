import { useOptionsStore } from './optionsStore';
import type { SendInputs } from './region/regionInputs';

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
 * The canvas's images, read at the moment a run starts (a stroke made while a run is in flight goes to the
 * next one); `null` without an init image (text-to-image). A failed export becomes a CanvasExportError.
 * With mask source "black = repaint" the mask is written that way, so the painted area is what the engine
 * repaints whichever source is chosen. With "Only masked" in effect, the region around the mask
 * (region/regionInputs.ts) and what its answers are pasted back into.
 */
export async function canvasInputsNow(): Promise<SendInputs | null> {
  const maskBlackRepaints = useOptionsStore.getState().maskSource === 'MASK_IMAGE_BLACK';
  try {
    // The region code (planning, cropping) loads with the first press, not with the first paint.
    return await (await import('./region/regionInputs')).sendInputsNow(maskBlackRepaints);
  } catch (error) {
    throw new CanvasExportError(error);
  }
}
