import { apiUrl, type Connection } from './connection.ts';
import type { WireGenerationRequest } from './generationRequest.ts';
import { API_VERSION_PREFIX, MODE_PATH } from './wire.ts';

/** v1alpha's `Authorization`: the bare key, as its examples sent it (the local engine accepts `Bearer` too). */
const bareKey = (apiKey: string): string => apiKey;

/**
 * The headers every call sends: the key in `Authorization` as the API writes it (`authorization`; v1alpha's
 * bare key by default), omitted when empty, and never in a URL; `Organization` only when set.
 */
export function baseHeaders(
  conn: Connection,
  accept: string,
  authorization: (apiKey: string) => string = bareKey,
): Record<string, string> {
  const headers: Record<string, string> = { Accept: accept };
  if (conn.apiKey !== '') headers['Authorization'] = authorization(conn.apiKey);
  if (conn.organization !== '') headers['Organization'] = conn.organization;
  return headers;
}

/**
 * URL of a generation endpoint under an API's prefix (v1alpha's by default); the engine id is
 * percent-encoded so it stays one path segment.
 */
export function generationUrl(
  conn: Connection,
  req: Pick<WireGenerationRequest, 'engineId'>,
  endpoint: string,
  prefix: string = API_VERSION_PREFIX,
): string {
  return apiUrl(conn, `${prefix}/generation/${encodeURIComponent(req.engineId)}/${endpoint}`);
}

/**
 * Turns a generation request into `fetch` arguments. Pure: no network, no globals beyond `FormData`.
 *
 * - text-to-image: a JSON body that is exactly `req.options`.
 * - image-to-image / masking: `multipart/form-data` with `init_image`, `mask_image` (when present) and
 *   `options` as a plain **text field** holding the JSON. The contract lets the engine take either a
 *   text field or a file part; this is the one place that chooses, and a text field needs no filename
 *   or part content type. `Content-Type` is left to `fetch` so it adds the boundary.
 */
export function buildHttpRequest(
  req: WireGenerationRequest,
  conn: Connection,
): { url: string; init: RequestInit } {
  const url = generationUrl(conn, req, MODE_PATH[req.mode]);
  const headers = baseHeaders(conn, req.accept);
  if (req.mode === 'text-to-image') {
    headers['Content-Type'] = 'application/json';
    return { url, init: { method: 'POST', headers, body: JSON.stringify(req.options) } };
  }
  const form = new FormData();
  if (req.initImage) form.append('init_image', req.initImage, 'init_image');
  if (req.maskImage && req.mode === 'masking') form.append('mask_image', req.maskImage, 'mask_image');
  form.append('options', JSON.stringify(req.options));
  return { url, init: { method: 'POST', headers, body: form } };
}
