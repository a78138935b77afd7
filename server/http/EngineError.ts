import type { ErrorName } from '../../src/lib/api/index.ts';

/**
 * Error names the engine sends: the contract's names, 405 for a known path with the wrong method, and the
 * answers Node's HTTP layer gives before a request reaches the engine (408, 413, 431), named as the studio's
 * client names those statuses.
 */
export type EngineErrorName =
  | ErrorName
  | 'method_not_allowed'
  | 'timeout'
  | 'payload_too_large'
  | 'request_header_fields_too_large'
  // The Stable Image API's own refusals (shared/API-v2beta.md §5.2).
  | 'payment_required'
  | 'content_moderation'
  | 'invalid_language'
  | 'rate_limit_exceeded';

export const ENGINE_ERROR_STATUS: Record<EngineErrorName, number> = {
  bad_request: 400,
  unauthorized: 401,
  payment_required: 402,
  permission_denied: 403,
  content_moderation: 403,
  not_found: 404,
  method_not_allowed: 405,
  timeout: 408,
  payload_too_large: 413,
  invalid_language: 422,
  rate_limit_exceeded: 429,
  request_header_fields_too_large: 431,
  fault: 500,
};

/**
 * A failure the engine reports to the client in the dialect's error shape. Handlers throw it; the engine's
 * top-level handler turns it into the response, so no route writes error bodies itself.
 */
export class EngineError extends Error {
  readonly errorName: EngineErrorName;
  readonly headers: Record<string, string>;
  /**
   * Every problem found, each `"<field>: <problem>"`, for APIs that answer them all at once (v2beta's
   * `errors`); the others answer `message`.
   */
  readonly problems: readonly string[] | undefined;

  constructor(
    errorName: EngineErrorName,
    message: string,
    headers: Record<string, string> = {},
    problems?: readonly string[],
  ) {
    super(message);
    this.errorName = errorName;
    this.headers = headers;
    this.problems = problems;
  }

  get status(): number {
    return ENGINE_ERROR_STATUS[this.errorName];
  }
}

/** 400 `bad_request`, message prefixed with a specific code when one applies (`invalid_samples: …`). */
export function badRequest(message: string, code?: string): EngineError {
  return new EngineError('bad_request', code ? `${code}: ${message}` : message);
}

/** An error listing several `"<field>: <problem>"` problems (v2beta); its message joins them. */
export function problemsError(
  name: EngineErrorName,
  problems: readonly string[],
  headers: Record<string, string> = {},
): EngineError {
  return new EngineError(name, problems.join('; '), headers, problems);
}
