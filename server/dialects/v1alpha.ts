import {
  API_VERSION_PREFIX,
  ENGINE_CATALOGUE,
  V1ALPHA_RULES,
  type WireEnginesResponse,
} from '../../src/lib/api/index.ts';
import { parseAccept } from '../http/accept.ts';
import { parseAuthKey, V1X_AUTH_MESSAGES } from '../http/auth.ts';
import { CORS_ALLOW_HEADERS, CORS_EXPOSE_HEADERS } from '../http/cors.ts';
import { badRequest } from '../http/EngineError.ts';
import { parseJsonBytes, readJsonBody } from '../http/readJsonBody.ts';
import { readMultipart, V1ALPHA_MULTIPART } from '../http/readMultipart.ts';
import { sendArtifactsV1x } from '../http/sendArtifacts.ts';
import { goaErrorAnswer } from '../http/sendError.ts';
import { sendJson } from '../http/sendJson.ts';
import type { V1xDialect } from './Dialect.ts';

/**
 * v1alpha (shared/API.md): a JSON body for text-to-image; for the image modes a multipart body with
 * `init_image`, `mask_image` and the options as one JSON `options` part. Goa error bodies
 * (`application/vnd.goa.error`), `{"engines": […]}` for the list, the bare key or `Bearer`.
 */
export const v1alpha: V1xDialect = {
  kind: 'v1x',
  id: 'v1alpha',
  prefix: API_VERSION_PREFIX,
  rules: V1ALPHA_RULES,
  engines: ENGINE_CATALOGUE,
  upscaleEngines: [],
  imageFields: { init: 'init_image', mask: 'mask_image', upscale: 'image' },
  corsAllowHeaders: CORS_ALLOW_HEADERS,
  corsExposeHeaders: CORS_EXPOSE_HEADERS,
  readKey: parseAuthKey,
  authMessages: V1X_AUTH_MESSAGES,
  checksOrganization: true,
  parseAccept,
  acceptError: 'Accept must be application/json or image/png',

  async readGeneration(req, mode) {
    if (mode === 'text-to-image') return { options: await readJsonBody(req) };
    const parts = await readMultipart(req, V1ALPHA_MULTIPART);
    const optionsPart = parts.get('options');
    if (!optionsPart) throw badRequest('options is required: send the generation options as a JSON part');
    if (optionsPart.truncated) throw badRequest('options is too large');
    return {
      options: parseJsonBytes(optionsPart.bytes, 'options'),
      init: parts.get('init_image'),
      mask: mode === 'masking' ? parts.get('mask_image') : undefined,
    };
  },

  sendArtifacts: sendArtifactsV1x,
  sendEngines(res, engines) {
    const body: WireEnginesResponse = { engines };
    sendJson(res, body);
  },
  errorAnswer: goaErrorAnswer,
};
