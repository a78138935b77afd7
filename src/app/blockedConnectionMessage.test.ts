import { describe, expect, it } from 'vitest';
import { blockedConnectionMessage } from './blockedConnectionMessage';

describe('blockedConnectionMessage', () => {
  it('names the blocked origin and the flag and variable that allow it', () => {
    expect(
      blockedConnectionMessage({
        effectiveDirective: 'connect-src',
        blockedURI: 'https://engine.example.com:8443/v1alpha/user/balance',
      }),
    ).toBe(
      "The studio's security policy blocked a connection to https://engine.example.com:8443. To allow it, " +
        'restart the studio with "npm start -- --connect-src https://engine.example.com:8443" ' +
        '(or set GESSO_CONNECT_SRC=https://engine.example.com:8443).',
    );
  });

  it('says an IPv6 address cannot be allowed and offers the localhost name on the same port', () => {
    const text = blockedConnectionMessage({
      effectiveDirective: 'connect-src',
      blockedURI: 'http://[::1]:7860/v1alpha',
    });
    expect(text).toContain('http://[::1]:7860');
    expect(text).toContain('Use http://localhost:7860 as the API host instead.');
    expect(text).not.toContain('--connect-src');
  });

  it('still reports a blocked address that is not a URL', () => {
    expect(blockedConnectionMessage({ effectiveDirective: 'connect-src', blockedURI: '' })).toMatch(
      /blocked a connection to an unnamed address/,
    );
  });

  it.each(['script-src-elem', 'img-src', 'style-src-attr'])(
    'leaves %s violations to the console',
    (directive) => {
      expect(
        blockedConnectionMessage({ effectiveDirective: directive, blockedURI: 'inline' }),
      ).toBeUndefined();
    },
  );
});
