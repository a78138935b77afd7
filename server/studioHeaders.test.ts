import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  DEFAULT_CONNECT_SOURCES,
  parseConnectSources,
  studioSecurityHeaders,
} from './studioHeaders.ts';

/** The policy as directive → sources, so tests read one directive at a time. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const csp = directives(contentSecurityPolicy());

  it('allows only files from this origin to run: no inline script, no eval, no plugins, no <base>', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('shows blob: and data: images (results, thumbnails, canvas exports)', () => {
    expect(csp.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
  });

  it('connects to this origin, Stability and loopback engines, and nowhere else by default', () => {
    expect(csp.get('connect-src')).toEqual([
      "'self'",
      'https://api.stability.ai',
      'http://127.0.0.1:*',
      'http://localhost:*',
      'blob:',
    ]);
  });

  it('adds the operator’s origins to connect-src only, once each', () => {
    const widened = directives(
      contentSecurityPolicy({
        extraConnectSources: [
          'https://engine.example.com',
          'https://api.stability.ai',
          'http://10.0.0.2:7860',
        ],
      }),
    );
    expect(widened.get('connect-src')).toEqual([
      ...DEFAULT_CONNECT_SOURCES,
      'https://engine.example.com',
      'http://10.0.0.2:7860',
    ]);
    expect(widened.get('img-src')).toEqual(csp.get('img-src'));
    expect(widened.get('script-src')).toEqual(["'self'"]);
  });

  it('gives the dev server’s nonce to scripts and styles and to nothing else', () => {
    const dev = directives(contentSecurityPolicy({ nonce: 'abc123' }));
    expect(dev.get('script-src')).toEqual(["'self'", "'nonce-abc123'"]);
    expect(dev.get('style-src')).toEqual(["'self'", "'nonce-abc123'"]);
    expect(dev.get('connect-src')).toEqual(csp.get('connect-src'));
    expect(dev.get('worker-src')).toEqual(["'self'"]);
  });
});

describe('studioSecurityHeaders', () => {
  it('sends the policy with nosniff, no referrer, its own browsing context group and no framing', () => {
    expect(studioSecurityHeaders()).toEqual({
      'Content-Security-Policy': contentSecurityPolicy(),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
    });
  });
});

describe('parseConnectSources', () => {
  it('reads comma- or space-separated origins, lower-cased, without a trailing slash', () => {
    expect(
      parseConnectSources(' https://Engine.Example.com/, http://192.168.1.20:7860  http://*.lan:* '),
    ).toEqual(['https://engine.example.com', 'http://192.168.1.20:7860', 'http://*.lan:*']);
    expect(parseConnectSources('')).toEqual([]);
    expect(parseConnectSources(' , ')).toEqual([]);
  });

  it.each([
    ['*'],
    ['http:'],
    ["'unsafe-eval'"],
    ['engine.example.com'],
    ['ftp://engine.example.com'],
    ['https://engine.example.com/v1alpha'],
    ['https://user@engine.example.com'],
    ['https://engine.example.com:99999'],
    ['https://*'],
  ])('refuses %s, naming it and the setting', (entry) => {
    expect(() => parseConnectSources(`https://ok.example, ${entry}`, '--connect-src')).toThrow(
      new RegExp(`^--connect-src: "${entry.replace(/[*.:/]/g, '\\$&')}" is not an origin`),
    );
  });

  it('refuses IPv6 literals, which browsers drop from a policy, and says to use the name', () => {
    expect(() => parseConnectSources('http://[::1]:7860')).toThrow(/GESSO_CONNECT_SRC.*IPv6.*localhost/);
  });
});
