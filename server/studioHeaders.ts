/**
 * The security headers of every response the studio's server sends (`npm start`, `npm run dev`):
 * pages, assets, 404s and the engine mounted beside them. Pure: vite.config.ts's plugin
 * (studioHeadersPlugin.ts) only attaches what this module computes. The reasoning is in the README,
 * "Security headers".
 */
import { CONNECT_SRC_ENV } from '../src/lib/api/index.ts';

export { CONNECT_SRC_ENV, CONNECT_SRC_FLAG } from '../src/lib/api/index.ts';

/**
 * Where the studio may send requests without configuration. The API host is chosen at run time in Settings,
 * so this is every host the studio is built to talk to: its own origin (the mounted engine), Stability's
 * API, and a user's own engine on this machine at any port. `blob:` lets the page read object URLs it made
 * itself (nothing leaves the browser). IPv6 literals such as `[::1]` cannot be written in a CSP at all
 * (browsers ignore the source), so a local engine on IPv6 is reached as `localhost`.
 */
export const DEFAULT_CONNECT_SOURCES: readonly string[] = [
  "'self'",
  'https://api.stability.ai',
  'http://127.0.0.1:*',
  'http://localhost:*',
  'blob:',
];

export interface StudioHeaderOptions {
  /** Origins added to `connect-src` (already checked with parseConnectSources). */
  extraConnectSources?: readonly string[];
  /**
   * The dev server's nonce for the inline scripts and styles Vite itself writes (React Refresh's preamble,
   * CSS injected by the HMR client). Production builds have none and need none.
   */
  nonce?: string;
}

/** scheme://host[:port|:*] with an optional `*.` in front of the host; no path, query or credentials. */
const ORIGIN_SOURCE = /^(https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(\d{1,5}|\*))?\/?$/i;

/**
 * Reads the operator's extra `connect-src` origins (`--connect-src` / GESSO_CONNECT_SRC), e.g.
 * `https://engine.example.com, http://192.168.1.20:7860`. Each must be an http(s) origin, optionally with
 * `:*` for any port or `*.` for subdomains. Anything that would widen the policy beyond named hosts
 * (`*`, `http:`, keywords) or that browsers would silently ignore (IPv6 literals, paths) is refused with a
 * message naming the entry, so a typo cannot quietly leave the studio unable to connect.
 * @param raw the flag's or variable's value; blank means none
 * @param source what to call the value in messages (`--connect-src` or the variable's name)
 */
export function parseConnectSources(raw: string, source: string = CONNECT_SRC_ENV): string[] {
  const entries = raw.split(/[\s,]+/).filter((s) => s.length > 0);
  return entries.map((entry) => {
    if (/^https?:\/\/\[/i.test(entry)) {
      throw new Error(
        `${source}: "${entry}" cannot be allowed: browsers ignore IPv6 addresses in a Content-Security-Policy. ` +
          'Use the host name instead (http://localhost:PORT reaches a local engine on [::1]).',
      );
    }
    const match = ORIGIN_SOURCE.exec(entry);
    const port = match?.[4];
    if (!match || (port !== undefined && port !== '*' && Number(port) > 65535)) {
      throw new Error(
        `${source}: "${entry}" is not an origin. Write each as scheme://host[:port], e.g. ` +
          'https://engine.example.com or http://192.168.1.20:7860 (:* allows any port).',
      );
    }
    return `${match[1]}://${match[2] ?? ''}${match[3]}${port === undefined ? '' : `:${port}`}`.toLowerCase();
  });
}

/**
 * The Content-Security-Policy value. Directives that fall back to `default-src 'self'` (font-src, media-src,
 * manifest-src, frame-src) are left to it; the ones that do not fall back (base-uri, form-action,
 * frame-ancestors) are set explicitly.
 */
export function contentSecurityPolicy(options: StudioHeaderOptions = {}): string {
  const nonce = options.nonce === undefined ? [] : [`'nonce-${options.nonce}'`];
  const connect = [...DEFAULT_CONNECT_SOURCES];
  for (const origin of options.extraConnectSources ?? []) if (!connect.includes(origin)) connect.push(origin);
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    // No inline script and no eval: every script is a file from this origin (in dev, plus Vite's nonce).
    ['script-src', ["'self'", ...nonce]],
    // Tailwind's output is a file. React `style={…}` props are set through CSSOM, which CSP does not
    // govern, so no 'unsafe-inline' is needed for them.
    ['style-src', ["'self'", ...nonce]],
    // Results, thumbnails and canvas exports are blob: and data: URLs made by the page.
    ['img-src', ["'self'", 'blob:', 'data:']],
    ['connect-src', connect],
    // Workers are emitted as files (new Worker(new URL(…, import.meta.url))); blob: workers are not needed.
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** Every security header the studio's server sends, by name. */
export function studioSecurityHeaders(options: StudioHeaderOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // frame-ancestors supersedes it where CSP is understood; kept for browsers that predate CSP 2.
    'X-Frame-Options': 'DENY',
  };
}
