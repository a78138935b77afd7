/**
 * What the API host field turned into: an origin the client may use, or the reason it cannot be used.
 * `host: ''` is the local engine on this page's origin; `completed` says a scheme was added to a bare host.
 */
export type HostCheck = { ok: true; host: string; completed: boolean } | { ok: false; problem: string };

/** `scheme:rest` at the start of the text (RFC 3986 scheme characters). */
const SCHEME_PREFIX = /^([a-z][a-z0-9+.-]*):(.*)$/is;
/** What may follow `host:` when the colon starts a port, not a scheme: digits, then the rest of a URL. */
const PORT_THEN_REST = /^(?:\d+(?:[/?#].*)?)?$/s;
/** An IPv6 address typed without its brackets (`::1`, `fe80::1`, `2001:db8::1:7860`). */
const BARE_IPV6 = /^[0-9a-f]*:[0-9a-f]*:[0-9a-f:.]*(?:%.*)?$/i;

const PROBLEMS = {
  spaces: 'The API host cannot contain spaces.',
  userinfo: 'The API host cannot contain a user name or password (user:pass@…). Put the key in API key.',
  backslash: 'The API host cannot contain a backslash. Type an address like https://api.stability.ai.',
  path: 'That is a path, not a host. Type a host such as api.stability.ai, or leave the field empty for the local engine.',
  slashes: 'Write the address with two slashes after the scheme, like https://api.stability.ai.',
  portOnly: 'A port alone is not a host: type localhost:7860 or 127.0.0.1:7860.',
  ipv6: 'Put an IPv6 address in square brackets, like [::1]:7860.',
  extraPath:
    'Remove the path after the host: the API host is the server’s address only (like https://api.stability.ai); the studio adds the API’s paths itself.',
  query: 'Remove the “?…” or “#…” part: the API host is the server’s address only.',
  portZero: 'Port 0 cannot be used: give the port the API listens on.',
  invalid:
    'This is not a valid web address. Type a host such as api.stability.ai or http://127.0.0.1:7860, or leave the field empty for the local engine.',
} as const;

/**
 * Turns what was typed in "API host" into the origin requests go to, or says why it cannot be used.
 * Pure and DOM-free; the messages never repeat the text (a pasted key must not be echoed).
 *
 * - Empty (after trimming) = the local engine on this page's origin.
 * - A bare host is completed: `http://` for loopback names (`localhost`, `*.localhost`, `127.x.y.z`,
 *   `[::1]`, where TLS is rarely set up and the traffic never leaves the machine), `https://` for anything else.
 * - Only `http:` and `https:` URLs are accepted, and only an origin: no user info, path (a trailing `/`
 *   is fine), query or fragment — the client appends the API's own paths to the origin, so anything more would
 *   be silently dropped or, worse, land on another route of the same server.
 * - The result is the URL's origin: scheme and host lowercased, default port dropped, no trailing slash.
 */
export function normalizeApiHost(typed: string): HostCheck {
  const text = typed.trim();
  if (text === '') return { ok: true, host: '', completed: false };
  const problem = firstProblem(text);
  if (problem) return { ok: false, problem };

  const scheme = SCHEME_PREFIX.exec(text);
  if (scheme && !PORT_THEN_REST.test(scheme[2] ?? '')) {
    const name = (scheme[1] ?? '').toLowerCase();
    const rest = scheme[2] ?? '';
    if (name !== 'http' && name !== 'https') {
      return {
        ok: false,
        problem: `Only http:// and https:// addresses can be used; this one starts with “${name.slice(0, 20)}:”.`,
      };
    }
    if (!rest.startsWith('//') || rest.startsWith('///')) return { ok: false, problem: PROBLEMS.slashes };
    return toOrigin(text, false);
  }
  // A bare host (possibly `//host`): decide the scheme from the host name, then parse with that scheme so
  // a port that is the default of one scheme (`:80`) is not dropped before switching to the other.
  const bare = text.replace(/^\/\//, '');
  if (/^\d+$/.test(bare) || bare.startsWith(':')) return { ok: false, problem: PROBLEMS.portOnly };
  const probe = parse(`http://${bare}`);
  if (!probe) return { ok: false, problem: PROBLEMS.invalid };
  return toOrigin(`${isLoopbackHostname(probe.hostname) ? 'http' : 'https'}://${bare}`, true);
}

/** Whether a URL hostname (as `URL` normalises it) is this machine. */
export function isLoopbackHostname(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    h === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)
  );
}

/** Problems visible in the raw text, before any parsing. */
function firstProblem(text: string): string | null {
  if (/\s/.test(text)) return PROBLEMS.spaces;
  if (text.includes('@')) return PROBLEMS.userinfo;
  if (text.includes('\\')) return PROBLEMS.backslash;
  if (BARE_IPV6.test(text)) return PROBLEMS.ipv6;
  // `//host` is a protocol-relative host; one slash (or three) starts a path.
  if (/^\/(?!\/[^/])/.test(text)) return PROBLEMS.path;
  if (text.includes('?') || text.includes('#')) return PROBLEMS.query;
  return null;
}

function parse(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** Parses an absolute http(s) URL and keeps it only if it is nothing but an origin. */
function toOrigin(text: string, completed: boolean): HostCheck {
  const url = parse(text);
  if (!url || url.hostname === '') return { ok: false, problem: PROBLEMS.invalid };
  if (url.pathname !== '/' && url.pathname !== '') return { ok: false, problem: PROBLEMS.extraPath };
  if (url.port === '0') return { ok: false, problem: PROBLEMS.portZero };
  return { ok: true, host: url.origin, completed };
}
