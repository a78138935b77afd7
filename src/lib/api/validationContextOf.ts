import type { GenerationRequest } from './backend/GenerationRequest.ts';
import { V1_RULES, V1ALPHA_RULES } from './optionRules.ts';
import type { ValidationContext } from './validateOptions.ts';

/**
 * The one place a neutral request's validation context is built: its endpoint, engine, Accept, the init
 * image's size (image modes only: the engine's size rule applies to it), whether a mask part is sent, and
 * the API whose rules apply. The studio validates with exactly what the engine will read.
 * @throws RangeError for a request validateOptions does not judge (an upscale, another API)
 */
export function validationContextOf(request: GenerationRequest): ValidationContext {
  if (request.mode === 'upscale') throw new RangeError('An upscale is judged by resolveUpscale');
  if (request.mode === 'erase' || request.mode === 'outpaint') {
    throw new RangeError(`v1alpha and v1 have no ${request.mode}`);
  }
  if (request.backend !== 'v1alpha' && request.backend !== 'v1') {
    throw new RangeError(`validateOptions does not judge ${request.backend} requests`);
  }
  const ctx: ValidationContext = {
    mode: request.mode,
    engineId: request.engineId,
    accept: request.accept ?? 'application/json',
    hasMaskImage: request.maskImage !== undefined,
    rules: request.backend === 'v1' ? V1_RULES : V1ALPHA_RULES,
  };
  if (request.mode !== 'text-to-image' && request.initImageSize) ctx.initImageSize = request.initImageSize;
  return ctx;
}
