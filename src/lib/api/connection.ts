import { HostError } from './errors.ts';

/**
 * Where the studio sends requests and with which credentials. Plain data: the settings feature owns
 * persistence; this module only knows how to turn it into URLs and headers.
 */
export interface Connection {
  /**
   * Origin of the API, without a trailing slash: `https://api.stability.ai`, `http://127.0.0.1:7860`.
   * `''` means the same origin as the page (the dev server proxies `/v1alpha`).
   */
  host: string;
  /** Sent bare in `Authorization`, as the v1alpha examples did. `''` sends no `Authorization` header. */
  apiKey: string;
  /** Sent as the `Organization` header; `''` = none. */
  organization: string;
}

/** Joins the connection's host and an absolute API path (`/v1alpha/...`), tolerating a trailing slash. */
export function apiUrl(conn: Connection, path: string): string {
  return `${conn.host.replace(/\/+$/, '')}${path}`;
}

/** Stands in for the page's origin where there is no page (Node tests), so `''` hosts still resolve. */
const NO_PAGE_BASE = 'http://same-origin.invalid';

/** The page's URL when running in a browser, else undefined. */
function pageHref(): string | undefined {
  const loc: unknown = (globalThis as { location?: unknown }).location;
  const href = typeof loc === 'object' && loc !== null ? (loc as { href?: unknown }).href : undefined;
  return typeof href === 'string' ? href : undefined;
}

function parseUrl(text: string, base?: string): URL | null {
  try {
    return new URL(text, base);
  } catch {
    return null;
  }
}

/**
 * The only origin this connection may send requests (and so the key) to: the host's origin, or the
 * page's own origin for host `''`. Throws `HostError('invalid-host')` when the host is not an absolute
 * `http(s)` URL without user info — a scheme-less `api.stability.ai` would otherwise be fetched as a
 * path on the page's origin, handing the key to whatever serves the page.
 */
export function hostOrigin(conn: Connection): string {
  const host = conn.host.trim();
  if (host === '') return new URL(pageHref() ?? NO_PAGE_BASE).origin;
  const url = parseUrl(host);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) {
    throw new HostError('invalid-host', '');
  }
  return url.origin;
}

/**
 * Throws a `HostError` unless `url`, resolved the way `fetch` resolves it (against the page), goes to
 * the connection's own origin and carries no credentials. Defence in depth: `apiUrl` already builds
 * such URLs; this makes any future slip fail before `fetch` instead of leaking the key.
 */
export function assertSameOrigin(conn: Connection, url: string): void {
  const expected = hostOrigin(conn);
  const target = parseUrl(url, pageHref() ?? NO_PAGE_BASE);
  if (!target || target.origin !== expected || target.username || target.password) {
    throw new HostError('other-origin', expected, target?.origin ?? '');
  }
}

/**
 * The origin a request went to, for error reports. Never contains a path, query or credentials, so it
 * is safe to show; `''` host resolves to the page's origin when there is one. `''` for a host that is
 * not a usable URL (the client refuses those before sending anything).
 */
export function originOf(conn: Connection): string {
  if (conn.host.trim() === '' && pageHref() === undefined) return '(same origin)';
  try {
    return hostOrigin(conn);
  } catch {
    return '';
  }
}
