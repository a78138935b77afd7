import type { ServerResponse } from 'node:http';

/**
 * Headers every response should carry, whatever it serves: no MIME sniffing (an error body must never be
 * run as HTML or script), no Referer leaking URLs to other sites, and a browsing-context group of its own
 * (no window.opener handle from or to another origin). The studio server can apply these to its pages too.
 */
export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The engine answers only JSON, PNG and empty preflights, none of which may load anything or be framed:
 * should a browser ever render one as a document, nothing in it runs or embeds.
 */
export const ENGINE_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Every header an engine response carries for security: the base set plus the engine's own CSP. */
export const ENGINE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...BASE_SECURITY_HEADERS,
  'Content-Security-Policy': ENGINE_CSP,
};

/**
 * Sets the engine's security headers on a response before anything is written, so success bodies, errors
 * and preflights all carry them (writeHead merges headers set here).
 */
export function applyEngineSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(ENGINE_SECURITY_HEADERS)) res.setHeader(name, value);
}
