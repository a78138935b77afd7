import type { GenerationRequest, ValidationContext } from '../../../lib/api';
import { buildGenerationRequest } from '../buildGenerationRequest';
import { pickOptions, useOptionsStore } from '../optionsStore';
import { readCanvasInputs } from '../readCanvasInputs';

/** The current recipe as one request, plus what validating its variants needs. */
export interface CurrentRequest {
  request: GenerationRequest;
  /** Engine, init image size and mask presence, for planXYGrid's per-cell validation. */
  context: Omit<ValidationContext, 'mode'>;
}

/**
 * What Generate would send right now: the options store and the canvas's init image and mask. Sweeps and
 * grids start from it, so they run "any of the three modes, same init image and mask".
 */
export async function currentRequest(): Promise<CurrentRequest> {
  const canvas = await readCanvasInputs();
  const request = buildGenerationRequest(pickOptions(useOptionsStore.getState()), canvas);
  return {
    request,
    context: {
      engineId: request.engineId,
      accept: request.accept,
      initImageSize: canvas ? { width: canvas.width, height: canvas.height } : undefined,
      hasMaskImage: request.maskImage !== undefined,
    },
  };
}
