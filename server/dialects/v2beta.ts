import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import {
  V2BETA_API_PREFIX,
  v2betaMediaType,
  type AcceptMode,
  type V2betaErrorName,
  type V2betaFinishReason,
  type WireV2betaErrorBody,
  type WireV2betaImageJson,
} from '../../src/lib/api/index.ts';
import { parseAuthKey } from '../http/auth.ts';
import type { EngineErrorName } from '../http/EngineError.ts';
import type { ErrorWriter } from '../http/sendError.ts';
import type { Artifact, V2betaDialect } from './Dialect.ts';

/**
 * v2beta's Accept (shared/API-v2beta.md §10.7): JSON when the header names `application/json` (with q > 0),
 * the image's bytes for anything else — `image/*` (the default), `*\/*`, `image/png`, none at all. Decided:
 * never a 400, since the service documents only these two answers; the bytes are in `output_format`
 * whatever image type Accept names.
 */
export function parseV2betaAccept(header: string | string[] | undefined): AcceptMode {
  const raw = Array.isArray(header) ? header.join(',') : (header ?? '');
  const json = raw.split(',').some((part) => {
    const [type = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return type === 'application/json' && (q === undefined || Number(q.slice(2)) > 0);
  });
  return json ? 'application/json' : 'image/png';
}

/** The engine's error names as v2beta spells them. */
const V2BETA_NAMES: Partial<Record<EngineErrorName, V2betaErrorName>> = {
  fault: 'internal_error',
};

/** The field a message without one is about, by error (v2beta messages are `"<field>: <problem>"`). */
const FIELD_OF: Partial<Record<EngineErrorName, string>> = {
  not_found: 'path',
  method_not_allowed: 'method',
  unauthorized: 'authorization',
  permission_denied: 'origin',
  fault: 'server',
};

/** A message in v2beta's `"<field>: <problem>"` form: the engine's shared messages get a field in front. */
function asProblem(name: EngineErrorName, message: string): string {
  if (/^[a-z_][a-z0-9_-]*: /.test(message)) return message;
  return `${FIELD_OF[name] ?? 'body'}: ${message}`;
}

/** 32 hex digits, the form of the service's request and error ids (§5.1). */
export function requestId(): string {
  return randomBytes(16).toString('hex');
}

/**
 * v2beta's error answer (§5.1): `{id, name, errors}` as `application/json`, every problem one
 * `"<field>: <problem>"` string; the id is the response's `x-request-id`, so a user's report matches both.
 */
export const v2betaErrorAnswer: ErrorWriter = (name, message, details = {}) => {
  const errors = details.problems ?? [asProblem(name, message)];
  const body: WireV2betaErrorBody = {
    id: details.requestId ?? requestId(),
    name: V2BETA_NAMES[name] ?? name,
    errors: [...errors],
  };
  return { contentType: 'application/json', body: { ...body } };
};

/**
 * v2beta's success (§3): the image's bytes as `image/<format>` with lowercase `finish-reason` and `seed`
 * headers, or for `accept: application/json` `{image, finish_reason, seed}` as
 * `application/json; type=image/<format>` without those two headers. One image per request.
 */
export function sendV2betaImage(
  res: ServerResponse,
  artifacts: readonly Artifact[],
  accept: AcceptMode,
): void {
  const first = artifacts[0];
  if (!first) throw new Error('sendV2betaImage: no image to send');
  // The service never reports ERROR in v2beta; the engine never produces it either.
  const finishReason = first.finishReason as V2betaFinishReason;
  const type = v2betaMediaType(first.format);
  if (accept === 'application/json') {
    const body: WireV2betaImageJson = {
      image: first.bytes.toString('base64'),
      finish_reason: finishReason,
      seed: first.seed,
    };
    const text = JSON.stringify(body);
    res.writeHead(200, {
      'content-type': `application/json; type=${type}`,
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
    return;
  }
  res.writeHead(200, {
    'content-type': type,
    'content-length': first.bytes.length,
    'finish-reason': finishReason,
    seed: String(first.seed),
  });
  res.end(first.bytes);
}

/**
 * The Stable Image API (shared/API-v2beta.md). Multipart everywhere, all problems in one 400 before the key
 * is looked at, `Bearer <key>` (a bare key is accepted too: the one spec sample that sends one, and the
 * engine's other APIs, take it), no Organization header, `x-request-id` on every answer.
 */
export const v2beta: V2betaDialect = {
  kind: 'v2beta',
  id: 'v2beta',
  prefix: V2BETA_API_PREFIX,
  corsAllowHeaders:
    'authorization, accept, content-type, stability-client-id, stability-client-user-id, stability-client-version',
  corsExposeHeaders: 'finish-reason, seed, x-request-id',
  readKey: parseAuthKey,
  authMessages: {
    missing: 'authorization: invalid or missing header value',
    ambiguous: 'authorization: send exactly one Authorization header',
  },
  checksOrganization: false,
  parseAccept: parseV2betaAccept,
  acceptError: '',
  sendArtifacts: sendV2betaImage,
  errorAnswer: v2betaErrorAnswer,
  beginAnswer(res) {
    res.setHeader('x-request-id', requestId());
  },
};
