import {
  backendById,
  type BackendId,
  type GenerationMode,
  type GenerationParams,
  type GenerationRequest,
} from '../../lib/api/studio';
import type { CanvasInputs } from '../canvas';
import type { GenerationOptions } from './generationOptions';
import { deriveMode, sendsPaintedMask } from './generationMode';

/**
 * Turns the panel's options (and the canvas, when there is one) into one neutral request for `backend`.
 * Pure: no DOM, fetch or store, so each mode is unit-tested. Every option the panel holds goes in; the
 * backend's `normalize` then keeps what its API reads in the request's mode, so the request is exactly what
 * will be validated, sent and recorded. It does not validate: the pipeline runs the backend's rules on it.
 */
export function buildGenerationRequest(
  options: GenerationOptions,
  canvas: CanvasInputs | null,
  backend: BackendId,
): GenerationRequest {
  const api = backendById(backend);
  // An extended canvas whose mask is still the extension goes to the API's outpaint endpoint, if it has one.
  const outpaint = api.capabilities.modes.includes('outpaint') ? canvas?.outpaint : undefined;
  const mode: GenerationMode = outpaint
    ? 'outpaint'
    : deriveMode(
        {
          hasInitImage: canvas !== null,
          maskPainted: canvas?.mask != null,
          initHasAlpha: canvas?.initHasAlpha === true,
        },
        options.maskSource,
        options.maskAction === 'erase' && api.capabilities.modes.includes('erase'),
      );
  const params: GenerationParams = {
    prompts: options.prompts.map((p) => ({ text: p.text, weight: p.weight })),
    width: options.width,
    height: options.height,
    steps: options.steps,
    cfgScale: options.cfgScale,
    clipGuidancePreset: options.clipGuidancePreset,
    samples: options.samples,
    seed: options.seed,
    imageStrength: options.imageStrength,
    stepScheduleEnd: options.stepScheduleEnd,
    maskSource: options.maskSource,
    aspectRatio: options.aspectRatio,
    growMask: options.growMask,
  };
  // Absent = the engine's own sampler; no style preset.
  if (options.sampler !== null) params.sampler = options.sampler;
  if (options.stylePreset !== null) params.stylePreset = options.stylePreset;
  const request: GenerationRequest = { backend, mode, engineId: options.engineId, params };
  if (outpaint) {
    // The picture before the extension and the margins: the endpoint paints the added area itself.
    const { left, right, top, bottom } = outpaint.margins;
    params.outpaint = { left, right, up: top, down: bottom };
    request.initImage = outpaint.image;
    request.initImageSize = { width: outpaint.width, height: outpaint.height };
  } else if (canvas) {
    request.initImage = canvas.initImage;
    request.initImageSize = { width: canvas.width, height: canvas.height };
    // With the init image's alpha as the mask, the painted mask is not uploaded at all.
    if (canvas.mask && sendsPaintedMask(mode, options.maskSource)) request.maskImage = canvas.mask;
  }
  return api.normalize(request);
}
