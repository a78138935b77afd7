import type { BackendWire } from '../../backend/Backend.ts';
import { buildHttpRequest } from '../../buildHttpRequest.ts';
import type { WireGenerationRequest } from '../../generationRequest.ts';
import { parseErrorResponse } from '../../parseErrorResponse.ts';
import { parseGenerationResponse } from '../../parseGenerationResponse.ts';
import { API_VERSION_PREFIX } from '../../wire.ts';
import { decodeEngines, enginesObjectSchema } from '../v1x/engineList.ts';
import { v1alphaWireOptions, wireModeOf } from '../v1x/wireOptions.ts';
import { v1alphaInfo } from './info.ts';

/** A neutral request as v1alpha's wire request: its endpoint, Accept, options and images. */
export function v1alphaWireRequest(request: Parameters<BackendWire['generate']>[0]): WireGenerationRequest {
  const mode = wireModeOf(request.mode);
  if (!mode) throw new RangeError('v1alpha has no upscale endpoint');
  const wire: WireGenerationRequest = {
    mode,
    engineId: request.engineId,
    accept: request.accept ?? 'application/json',
    options: v1alphaWireOptions(request.params),
  };
  if (mode !== 'text-to-image' && request.initImage) wire.initImage = request.initImage;
  if (mode === 'masking' && request.maskImage) wire.maskImage = request.maskImage;
  return wire;
}

/**
 * v1alpha on the wire (shared/API.md): JSON for text-to-image, multipart with an `options` JSON part for the
 * image modes (buildHttpRequest.ts), the bare key in `Authorization`, goa error bodies, `{engines: [...]}`.
 */
export const v1alphaWire: BackendWire = {
  generate: (request, conn) => buildHttpRequest(v1alphaWireRequest(request), conn),
  decodeGeneration: (raw, request, apiKey) =>
    parseGenerationResponse(raw, request.accept ?? 'application/json', apiKey),
  decodeError: parseErrorResponse,
  listEngines: {
    path: `${API_VERSION_PREFIX}/engines/list`,
    decode: (json) =>
      decodeEngines(enginesObjectSchema, json, (data) => data.engines, v1alphaInfo.capabilities.catalogue),
  },
  accountPath: `${API_VERSION_PREFIX}/user/account`,
  balancePath: `${API_VERSION_PREFIX}/user/balance`,
  authorization: (apiKey) => apiKey,
};
