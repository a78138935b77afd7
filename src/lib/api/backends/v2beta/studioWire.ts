import type { BackendWire } from '../../backend/Backend.ts';
import type { GeneratedImage } from '../../backend/GenerationRequest.ts';
import { baseHeaders } from '../../buildHttpRequest.ts';
import { apiUrl } from '../../connection.ts';
import { ApiError } from '../../errors.ts';
import { decodeBase64, type ParseResult } from '../../parseGenerationResponse.ts';
import {
  invalidResponse,
  MAX_DETAIL_CHARS,
  parseErrorResponse,
  redactKey,
} from '../../parseErrorResponse.ts';
import { hasPngSignature } from '../../pngSignature.ts';
import { v2betaForm } from './studioForm.ts';
import { V2BETA_FINISH_REASONS, v2betaPath, type V2betaFinishReason } from './vocabulary.ts';
import { v2betaErrorBodySchema, v2betaImageJsonSchema } from './wire.ts';

/** v2beta sends the key as every official example does: `authorization: Bearer <key>`. */
const bearer = (apiKey: string): string => `Bearer ${apiKey}`;

/** The largest seed a v2beta answer can carry (uint32). */
const SEED_MAX = 4_294_967_295;

/**
 * `Retry-After` in seconds: a number of seconds, or an HTTP date turned into the seconds until it. A
 * cross-origin host must expose the header for the page to read it; without it the caller falls back.
 */
export function retryAfterSeconds(headers: Headers | undefined, now = Date.now()): number | undefined {
  const value = headers?.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** One picture of a v2beta success: PNG bytes, the seed used, and whether moderation blurred it. */
function picture(bytes: Uint8Array<ArrayBuffer>, seed: number, reason: V2betaFinishReason): GeneratedImage {
  return { png: new Blob([bytes], { type: 'image/png' }), seed, finishReason: reason };
}

/**
 * A v2beta success (§3): the image's bytes with lowercase `seed` and `finish-reason` headers, or (what the
 * studio asks for, §9.3) `{image, finish_reason, seed}` JSON. The body decides, not its content type. The
 * studio always asks for PNG; anything else is a broken answer.
 */
export function decodeV2betaImage(
  raw: { status: number; headers: Headers; body: Uint8Array<ArrayBuffer> },
  apiKey: string,
): ParseResult {
  const fail = (detail: string): ParseResult => ({
    ok: false,
    error: invalidResponse(raw.status, detail, apiKey),
  });
  if (hasPngSignature(raw.body)) {
    const seed = raw.headers.get('seed')?.trim();
    const reason = raw.headers.get('finish-reason')?.trim();
    if (seed === undefined || reason === undefined) {
      return fail(
        `the image answer lacks the ${seed === undefined ? 'seed' : 'finish-reason'} header (the server must send it and expose it to the page)`,
      );
    }
    if (!/^\d+$/.test(seed) || Number(seed) > SEED_MAX) return fail(`the seed header is not a seed: ${seed}`);
    if (!(V2BETA_FINISH_REASONS as readonly string[]).includes(reason)) {
      return fail(`the finish-reason header is not a known finish reason: ${JSON.stringify(reason)}`);
    }
    return { ok: true, images: [picture(raw.body, Number(seed), reason as V2betaFinishReason)] };
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(raw.body));
  } catch {
    const type = raw.headers.get('content-type') ?? 'no content type';
    return fail(`expected a PNG image or JSON, got ${type} that is neither`);
  }
  const parsed = v2betaImageJsonSchema.safeParse(json);
  if (!parsed.success) return fail('the answer is not {image, finish_reason, seed}');
  const bytes = decodeBase64(parsed.data.image);
  if (!bytes) return fail('image is not base64');
  if (!hasPngSignature(bytes)) return fail('image is not a PNG (the studio asks for output_format png)');
  return { ok: true, images: [picture(bytes, parsed.data.seed ?? 0, parsed.data.finish_reason)] };
}

/**
 * A v2beta error (§5): `{id, name, errors[]}`, every problem kept (`problems`) and joined in `detail`; the
 * name is the code. Anything else (the account endpoints' v1 `{id, name, message}`, a proxy's page) is read
 * as the other APIs read it. `Retry-After` is kept when the page can see it.
 */
export function decodeV2betaError(status: number, text: string, apiKey: string, headers?: Headers): ApiError {
  const retry = retryAfterSeconds(headers);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = v2betaErrorBodySchema.safeParse(json);
  if (!parsed.success) {
    const base = parseErrorResponse(status, text, apiKey);
    return retry === undefined ? base : new ApiError({ ...base, retryAfterSeconds: retry });
  }
  const { id, name, errors } = parsed.data;
  const problems = errors.map((e) => redactKey(e, apiKey).slice(0, MAX_DETAIL_CHARS));
  return new ApiError({
    status,
    errorName: name,
    code: name,
    id,
    detail: problems.join('; ').slice(0, MAX_DETAIL_CHARS),
    problems,
    temporary: status === 429 || status >= 500,
    timeout: false,
    fault: status >= 500,
    ...(retry === undefined ? {} : { retryAfterSeconds: retry }),
  });
}

/**
 * Stable Image on the wire (shared/API-v2beta.md §9): multipart for every request (the browser's FormData
 * sets the boundary), files named `image.png` / `mask.png`, numbers as decimal text; `accept:
 * application/json` (the studio's choice, so seed and finish reason need no exposed headers) or `image/*`;
 * `Bearer` keys and no `Organization` header (v2beta has none, and a preflight would refuse it). Balance
 * and account are v1's paths, with the same key.
 */
export const v2betaWire: BackendWire = {
  generate(request, conn) {
    const form = v2betaForm(request);
    if (!form) throw new RangeError(`${request.engineId} is not a Stable Image engine`);
    const accept = request.accept === 'image/png' ? 'image/*' : 'application/json';
    const headers = baseHeaders({ ...conn, organization: '' }, accept, bearer);
    const body = new FormData();
    for (const part of form.parts) {
      if ('file' in part) body.append(part.name, part.file, `${part.name}.png`);
      else body.append(part.name, part.value);
    }
    return { url: apiUrl(conn, v2betaPath(form.endpoint)), init: { method: 'POST', headers, body } };
  },
  decodeGeneration: (raw, _request, apiKey) => decodeV2betaImage(raw, apiKey),
  decodeError: decodeV2betaError,
  accountPath: '/v1/user/account',
  balancePath: '/v1/user/balance',
  authorization: bearer,
};
