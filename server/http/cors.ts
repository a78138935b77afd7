import type { IncomingMessage, ServerResponse } from 'node:http';

export const CORS_ALLOW_HEADERS = 'Authorization, Content-Type, Accept, Organization';
export const CORS_EXPOSE_HEADERS = 'Finish-Reason, Seed';
export const CORS_ALLOW_METHODS = 'GET, POST, OPTIONS';

/**
 * Whether `origin` matches one configured pattern: `*`, an exact origin, or `scheme://host:*` (any port,
 * or none).
 */
export function originAllowed(origin: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => {
    if (p === '*') return true;
    if (p.endsWith(':*')) {
      const base = p.slice(0, -2);
      return (
        origin === base || (origin.startsWith(`${base}:`) && /^\d+$/.test(origin.slice(base.length + 1)))
      );
    }
    return origin === p;
  });
}

/** The request's Origin header when it is an allowed cross-origin caller, else `null`. */
export function allowedOrigin(req: IncomingMessage, patterns: readonly string[]): string | null {
  const origin = req.headers.origin;
  return typeof origin === 'string' && originAllowed(origin, patterns) ? origin : null;
}

/**
 * Adds the CORS headers every response to an allowed origin carries (set before any writeHead); `expose`
 * names the response headers scripts may read (each dialect its own).
 */
export function applyCorsHeaders(res: ServerResponse, origin: string, expose = CORS_EXPOSE_HEADERS): void {
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Expose-Headers', expose);
}

/**
 * Answers a preflight from an allowed origin: 204 with the methods and the headers the API uses
 * (`allowHeaders`: each dialect names its own; v1 clients add Stability-Client-ID and -Version).
 */
export function sendPreflight(
  res: ServerResponse,
  origin: string,
  allowHeaders = CORS_ALLOW_HEADERS,
  expose = CORS_EXPOSE_HEADERS,
): void {
  applyCorsHeaders(res, origin, expose);
  res.writeHead(204, {
    'Access-Control-Allow-Methods': CORS_ALLOW_METHODS,
    'Access-Control-Allow-Headers': allowHeaders,
    'Access-Control-Max-Age': '600',
    'Content-Length': '0',
  });
  res.end();
}
