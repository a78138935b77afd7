import type { BackendInfo } from '../../backend/Backend.ts';
import type { GenerationRequest } from '../../backend/GenerationRequest.ts';
import { resolveUpscale } from '../../upscaleRules.ts';
import { validateOptions, type ValidationIssue } from '../../validateOptions.ts';
import { validationContextOf } from '../../validationContextOf.ts';
import type { WireGenerationOptions } from '../../wire.ts';
import { neutralIssue } from './neutralIssues.ts';

const issue = (field: string, message: string): ValidationIssue => ({ field, code: 'bad_request', message });

/**
 * An upscale judged by the shared upscale rules (the engine's own): an upscale engine, an image, and a
 * result within the pixel limits.
 */
function validateUpscale(info: BackendInfo, request: GenerationRequest): ValidationIssue[] {
  if (!info.capabilities.modes.includes('upscale')) return [issue('form', `${info.label} has no upscaling`)];
  const engine = info.capabilities.catalogue.find((e) => e.id === request.engineId);
  if (engine && !engine.modes.includes('upscale')) {
    return [issue('engineId', `${request.engineId} does not upscale`)];
  }
  if (!request.initImage || !request.initImageSize)
    return [issue('initImage', 'an image to upscale is needed')];
  const result = resolveUpscale(request.params.upscale ?? {}, request.initImageSize);
  if (result.ok) return [];
  return result.issues.map((i) => ({ ...i, field: i.field === 'image' ? 'initImage' : 'upscale' }));
}

/**
 * `validate` of a v1x backend: the request encoded to the options it will send, judged by the shared
 * validateOptions under this API's rules (the engine runs the very same function on what it reads), each
 * issue mapped back to the neutral field it came from.
 */
export function validateV1x(
  info: BackendInfo,
  encode: (request: GenerationRequest) => WireGenerationOptions,
): (request: GenerationRequest) => ValidationIssue[] {
  return (request) => {
    if (request.mode === 'upscale') return validateUpscale(info, request);
    if (!info.capabilities.modes.includes(request.mode)) {
      return [issue('form', `${info.label} has no ${request.mode === 'erase' ? 'Erase' : 'outpainting'}`)];
    }
    const engine = info.capabilities.catalogue.find((e) => e.id === request.engineId);
    if (engine && !engine.modes.includes(request.mode)) {
      return [issue('engineId', `${request.engineId} only upscales: choose a generation engine`)];
    }
    const result = validateOptions(encode(request), validationContextOf(request));
    return result.ok ? [] : result.issues.map(neutralIssue);
  };
}
