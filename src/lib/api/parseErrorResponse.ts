import { ApiError, INVALID_RESPONSE } from './errors.ts';
import { errorBodySchema } from './schemas.ts';
import { BAD_REQUEST_CODES, type BadRequestCode } from './wire.ts';

/** Wire error names for statuses whose body gave none (API.md's table, plus common proxy answers). */
const NAME_FOR_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'permission_denied',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'timeout',
  413: 'payload_too_large',
  429: 'too_many_requests',
};

/** Statuses worth retrying as they are (rate limit, gateway trouble). */
const TEMPORARY_STATUSES = new Set([408, 429, 502, 503, 504]);

/** The error name implied by a status alone. */
function errorNameForStatus(status: number): string {
  return NAME_FOR_STATUS[status] ?? (status >= 500 ? 'fault' : `http_${status}`);
}

/** Splits `invalid_samples: Sample count…` into code and detail when the prefix is a known 400 code. */
function splitCodePrefix(message: string): { code: BadRequestCode | null; detail: string } {
  // Codes may hold digits (v1's `invalid_sdxl_v1_dimensions`).
  const m = /^([a-z0-9_]+):\s*/.exec(message);
  const prefix = m?.[1];
  if (m && prefix && (BAD_REQUEST_CODES as readonly string[]).includes(prefix)) {
    return { code: prefix as BadRequestCode, detail: message.slice(m[0].length) };
  }
  return { code: null, detail: message };
}

/** Replaces every occurrence of the key so no error text can leak it, even if a server echoes it. */
export function redactKey(text: string, apiKey: string): string {
  return apiKey.length >= 4 ? text.split(apiKey).join('[redacted]') : text;
}

/** The longest server text an error keeps (each listed problem, too). */
export const MAX_DETAIL_CHARS = 500;

/**
 * Builds the `ApiError` for a non-2xx response. The body is parsed as JSON whatever its content type
 * says (goa sends `application/vnd.goa.error`); a body that is not JSON or lacks fields still gives an
 * error with the status and a name derived from it.
 */
export function parseErrorResponse(status: number, bodyText: string, apiKey: string): ApiError {
  let json: unknown = undefined;
  try {
    json = JSON.parse(bodyText);
  } catch {
    // Not JSON (HTML error page from a proxy, plain text): fall back to the status alone.
  }
  const parsed = errorBodySchema.safeParse(json);
  const body = parsed.success ? parsed.data : {};
  const errorName = body.name && body.name.trim() !== '' ? body.name : errorNameForStatus(status);
  const message = redactKey(body.message ?? '', apiKey).slice(0, MAX_DETAIL_CHARS);
  const { code, detail } = splitCodePrefix(message);
  return new ApiError({
    status,
    errorName,
    code: code ?? errorName,
    id: body.id ?? '',
    detail,
    temporary: body.temporary ?? TEMPORARY_STATUSES.has(status),
    timeout: body.timeout ?? (status === 408 || status === 504),
    fault: body.fault ?? status >= 500,
  });
}

/** The `invalid_response` error for a success status whose body broke the contract. */
export function invalidResponse(status: number, detail: string, apiKey: string): ApiError {
  return new ApiError({
    status,
    errorName: INVALID_RESPONSE,
    code: INVALID_RESPONSE,
    id: '',
    detail: redactKey(detail, apiKey).slice(0, MAX_DETAIL_CHARS),
    temporary: false,
    timeout: false,
    fault: true,
  });
}
