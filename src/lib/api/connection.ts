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

/**
 * The origin a request went to, for error reports. Never contains a path, query or credentials, so it
 * is safe to show; `''` host resolves to the page's origin when there is one.
 */
export function originOf(conn: Connection): string {
  const host = conn.host.trim();
  if (host === '') {
    const loc: unknown = (globalThis as { location?: unknown }).location;
    const origin = typeof loc === 'object' && loc !== null ? (loc as { origin?: unknown }).origin : undefined;
    return typeof origin === 'string' ? origin : '(same origin)';
  }
  try {
    return new URL(host).origin;
  } catch {
    // Not a URL at all: show nothing of it beyond what the user typed, minus anything after '?' or '#'.
    return host.split(/[?#]/)[0] ?? '';
  }
}
