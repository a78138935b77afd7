/**
 * The API key in an Authorization header: the v1alpha examples send the bare key, other clients send
 * `Bearer <key>`; both are accepted. `null` when the header is missing or blank.
 */
export function parseAuthKey(header: string | string[] | undefined): string | null {
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw === undefined) return null;
  const trimmed = raw.trim();
  const bearer = /^bearer\s+(.+)$/i.exec(trimmed);
  const key = (bearer ? bearer[1] : trimmed)?.trim() ?? '';
  return key === '' ? null : key;
}

/** Whether a request's Authorization header carries one of the accepted keys. */
export function isAuthorized(header: string | string[] | undefined, keys: readonly string[]): boolean {
  const key = parseAuthKey(header);
  return key !== null && keys.includes(key);
}

/** The 401 messages of v1alpha and v1 (their bodies carry one message). */
export const V1X_AUTH_MESSAGES = {
  missing: 'Missing or invalid API key: send it in the Authorization header',
  ambiguous: 'Ambiguous credentials: send exactly one Authorization header',
} as const;
