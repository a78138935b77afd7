import type { BackendWire, HttpCall } from '../../backend/Backend.ts';
import type { GenerationRequest } from '../../backend/GenerationRequest.ts';
import { baseHeaders, generationUrl } from '../../buildHttpRequest.ts';
import type { Connection } from '../../connection.ts';
import { parseErrorResponse } from '../../parseErrorResponse.ts';
import { parseGenerationResponse } from '../../parseGenerationResponse.ts';
import { flattenV1Options } from '../../v1Fields.ts';
import { MODE_PATH, V1_API_PREFIX } from '../../wire.ts';
import { decodeEngines, enginesArraySchema } from '../v1x/engineList.ts';
import { v1WireOptions, wireModeOf } from '../v1x/wireOptions.ts';
import { v1Info } from './info.ts';

/** v1 sends the key as the spec writes it: `Authorization: Bearer <key>`. */
const bearer = (apiKey: string): string => `Bearer ${apiKey}`;

/** The upscale endpoint under an engine (shared/API.md §v1). */
const UPSCALE_PATH = 'image-to-image/upscale';

/**
 * An upscale: multipart `image` and at most one of `width` / `height` as text (neither = ×2). The studio
 * sends what the request says; validation keeps it to one side.
 */
function upscaleCall(
  request: GenerationRequest,
  conn: Connection,
  headers: Record<string, string>,
): HttpCall {
  const form = new FormData();
  if (request.initImage) form.append('image', request.initImage, 'image');
  const target = request.params.upscale ?? {};
  if (target.width !== undefined) form.append('width', String(target.width));
  if (target.height !== undefined) form.append('height', String(target.height));
  const url = generationUrl(conn, request, UPSCALE_PATH, V1_API_PREFIX);
  return { url, init: { method: 'POST', headers, body: form } };
}

/**
 * v1 on the wire (shared/API.md §v1): text-to-image as JSON; image-to-image and masking as multipart with
 * **flattened fields** (`text_prompts[0][text]`, numbers as text: flattenV1Options, the list the engine reads
 * with), images first; upscale with `image`; `Bearer` keys; `{id, name, message}` errors; a bare-array
 * engine list.
 */
export const v1Wire: BackendWire = {
  generate(request, conn) {
    const headers = baseHeaders(conn, request.accept ?? 'application/json', bearer);
    if (request.mode === 'upscale') return upscaleCall(request, conn, headers);
    const mode = wireModeOf(request.mode);
    if (!mode) throw new RangeError(`v1 has no ${request.mode} endpoint`);
    const url = generationUrl(conn, request, MODE_PATH[mode], V1_API_PREFIX);
    const options = v1WireOptions(request.params);
    if (mode === 'text-to-image') {
      headers['Content-Type'] = 'application/json';
      return { url, init: { method: 'POST', headers, body: JSON.stringify(options) } };
    }
    // Content-Type is left to fetch, so it adds the boundary.
    const form = new FormData();
    if (request.initImage) form.append('init_image', request.initImage, 'init_image');
    if (mode === 'masking' && request.maskImage) form.append('mask_image', request.maskImage, 'mask_image');
    for (const [name, value] of flattenV1Options(options)) form.append(name, value);
    return { url, init: { method: 'POST', headers, body: form } };
  },
  decodeGeneration: (raw, request, apiKey) =>
    parseGenerationResponse(raw, request.accept ?? 'application/json', apiKey, true),
  // `{id, name, message}` is the goa body's core: the same reader fills the rest from the status.
  decodeError: parseErrorResponse,
  listEngines: {
    path: `${V1_API_PREFIX}/engines/list`,
    decode: (json) =>
      decodeEngines(enginesArraySchema, json, (engines) => engines, v1Info.capabilities.catalogue),
  },
  accountPath: `${V1_API_PREFIX}/user/account`,
  balancePath: `${V1_API_PREFIX}/user/balance`,
  authorization: bearer,
};
