import { CONNECT_SRC_ENV, CONNECT_SRC_FLAG } from '../lib/api/studio';

/** The fields of a `securitypolicyviolation` event this module reads (a plain object in tests). */
export interface PolicyViolation {
  effectiveDirective: string;
  blockedURI: string;
}

function originOf(url: string): string | undefined {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * What to tell the user when the studio's Content-Security-Policy stopped a request: the API host is
 * chosen at run time, so a host outside the policy fails as a bare network error unless someone says why.
 * Returns undefined for violations that are not blocked connections (those are bugs, and the browser's
 * console reports them).
 */
export function blockedConnectionMessage(violation: PolicyViolation): string | undefined {
  if (violation.effectiveDirective !== 'connect-src') return undefined;
  const origin = originOf(violation.blockedURI);
  if (origin === undefined) {
    return `The studio's security policy blocked a connection to ${violation.blockedURI || 'an unnamed address'}.`;
  }
  const url = new URL(origin);
  if (url.hostname.startsWith('[')) {
    url.hostname = 'localhost';
    return (
      `The studio's security policy blocked a connection to ${origin}: browsers cannot allow IPv6 addresses ` +
      `in a security policy. Use ${url.origin} as the API host instead.`
    );
  }
  return (
    `The studio's security policy blocked a connection to ${origin}. To allow it, restart the studio with ` +
    `"npm start -- ${CONNECT_SRC_FLAG} ${origin}" (or set ${CONNECT_SRC_ENV}=${origin}).`
  );
}
