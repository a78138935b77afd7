import type { ErrorCode } from './wire.ts';

/** `code`/`errorName` of an {@link ApiError} made from a success response whose body broke the contract. */
export const INVALID_RESPONSE = 'invalid_response';

/** Everything an {@link ApiError} carries; all of it is safe to show (never contains the API key). */
export interface ApiErrorInit {
  status: number;
  errorName: string;
  code: ErrorCode;
  id: string;
  detail: string;
  temporary: boolean;
  timeout: boolean;
  fault: boolean;
  /** Every problem the server listed (v2beta's `errors[]`), in its order; empty when it sent one message. */
  problems?: readonly string[];
  /** Seconds the server asked to wait before trying again (`Retry-After`), when it said. */
  retryAfterSeconds?: number;
}

/**
 * The server answered, but not with what was asked for: a goa error body (4xx/5xx), an error status
 * without a usable body, or a success status whose body broke the contract.
 *
 * - `name` is always `'ApiError'` (standard `Error.name` semantics, so stack traces and `instanceof`-free
 *   checks stay sane). The wire's `name` field (`bad_request`, `unauthorized`…) is in **`errorName`**.
 * - `code` is the specific 400 code from the message prefix (`invalid_samples: …` → `invalid_samples`)
 *   when it is one of `BAD_REQUEST_CODES`, else `errorName`.
 * - `detail` is the wire message without that prefix; `message` is `"<status> <code>: <detail>"`.
 * - A 2xx response with an invalid body (not JSON, wrong shape, not a PNG, missing `Seed` header…)
 *   becomes `status` = the real status, `errorName` = `code` = `'invalid_response'`, `fault: true`.
 */
export class ApiError extends Error {
  readonly kind = 'api';
  override readonly name = 'ApiError';
  readonly status: number;
  /** The wire error name (`bad_request`, `unauthorized`, `permission_denied`, `not_found`, `fault`…). */
  readonly errorName: string;
  readonly code: ErrorCode;
  /** The server's error id (for support), `''` when it sent none. */
  readonly id: string;
  readonly detail: string;
  readonly temporary: boolean;
  readonly timeout: boolean;
  readonly fault: boolean;
  /** Every problem the server listed (v2beta's `errors[]`); empty when it sent one message (`detail`). */
  readonly problems: readonly string[];
  /** Seconds to wait before trying again (`Retry-After`), when the server said. */
  readonly retryAfterSeconds?: number;

  constructor(init: ApiErrorInit) {
    super(`${init.status} ${init.code}${init.detail ? `: ${init.detail}` : ''}`);
    this.status = init.status;
    this.errorName = init.errorName;
    this.code = init.code;
    this.id = init.id;
    this.detail = init.detail;
    this.temporary = init.temporary;
    this.timeout = init.timeout;
    this.fault = init.fault;
    this.problems = init.problems ?? [];
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

/** The request never got an answer: DNS, refused connection, CORS refusal, dropped connection. */
export class NetworkError extends Error {
  readonly kind = 'network';
  override readonly name = 'NetworkError';
  /** The origin the client tried (`http://127.0.0.1:7860`); never a path, query or key. */
  readonly url: string;

  constructor(url: string, options?: { cause?: unknown }) {
    super(`Could not reach ${url}`, options);
    this.url = url;
  }
}

/** The caller's `AbortSignal` fired (before the request, while waiting, or while reading the body). */
export class AbortError extends Error {
  readonly kind = 'aborted';
  override readonly name = 'AbortError';

  constructor(options?: { cause?: unknown }) {
    super('The request was cancelled', options);
  }
}

/**
 * Why the client refused to talk to a host:
 * - `invalid-host`: the configured host is not an absolute `http(s)` URL without credentials (nothing sent);
 * - `other-origin`: a request URL resolved to another origin than the configured host's (nothing sent);
 * - `redirect`: the host answered with a redirect, which the client does not follow (the key stays put).
 */
export type HostErrorReason = 'invalid-host' | 'other-origin' | 'redirect';

/**
 * The client would have sent the key somewhere other than the configured host, so it did not. Raised
 * before `fetch` is called (or instead of following a redirect). Carries origins only, never a path,
 * query, user info or key, so it is safe to show.
 */
export class HostError extends Error {
  readonly kind = 'host';
  override readonly name = 'HostError';
  readonly reason: HostErrorReason;
  /** The configured host's origin; `''` when the host is not a usable URL. */
  readonly origin: string;
  /** Where the refused request would have gone (`other-origin`), else `''`. */
  readonly target: string;

  constructor(reason: HostErrorReason, origin: string, target = '') {
    super(HostError.describe(reason, origin, target));
    this.reason = reason;
    this.origin = origin;
    this.target = target;
  }

  private static describe(reason: HostErrorReason, origin: string, target: string): string {
    switch (reason) {
      case 'invalid-host':
        return 'The API host is not an absolute http(s) URL; nothing was sent';
      case 'other-origin':
        return `Refused to send a request to ${target || 'another origin'}: the API host is ${origin}`;
      case 'redirect':
        return `${origin} answered with a redirect, which was not followed`;
    }
  }
}

/** Every error the client's methods reject with. */
export type ClientError = ApiError | NetworkError | AbortError | HostError;

/** True for the client error classes (discriminate further on `kind`). */
export function isClientError(e: unknown): e is ClientError {
  return (
    e instanceof ApiError || e instanceof NetworkError || e instanceof AbortError || e instanceof HostError
  );
}
