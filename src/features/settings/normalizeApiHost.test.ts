import { describe, expect, it } from 'vitest';
import { isLoopbackHostname, normalizeApiHost } from './normalizeApiHost';

describe('normalizeApiHost accepts', () => {
  it.each([
    // [typed, host, completed]
    ['', '', false],
    ['   ', '', false],
    // Bare public names get https.
    ['api.stability.ai', 'https://api.stability.ai', true],
    ['api.stability.ai/', 'https://api.stability.ai', true],
    ['  api.stability.ai  ', 'https://api.stability.ai', true],
    ['\tapi.stability.ai\n', 'https://api.stability.ai', true],
    ['API.Stability.AI', 'https://api.stability.ai', true],
    ['example.com:8443', 'https://example.com:8443', true],
    ['example.com:443', 'https://example.com', true],
    ['example.com:80', 'https://example.com:80', true],
    ['myserver', 'https://myserver', true],
    ['//api.stability.ai', 'https://api.stability.ai', true],
    ['bücher.example', 'https://xn--bcher-kva.example', true],
    ['[2001:db8::1]', 'https://[2001:db8::1]', true],
    ['[2001:DB8::1]:8443', 'https://[2001:db8::1]:8443', true],
    // Bare loopback names get http, ports kept (even a port that is https's default).
    ['127.0.0.1:7860', 'http://127.0.0.1:7860', true],
    ['127.0.0.1', 'http://127.0.0.1', true],
    ['127.0.0.1:443', 'http://127.0.0.1:443', true],
    ['127.1.2.3:5173', 'http://127.1.2.3:5173', true],
    ['localhost', 'http://localhost', true],
    ['localhost:7860', 'http://localhost:7860', true],
    ['LOCALHOST:7860/', 'http://localhost:7860', true],
    ['localhost:80', 'http://localhost', true],
    ['engine.localhost:7860', 'http://engine.localhost:7860', true],
    ['[::1]:7860', 'http://[::1]:7860', true],
    ['[::1]', 'http://[::1]', true],
    // Full URLs are kept as their origin.
    ['https://api.stability.ai', 'https://api.stability.ai', false],
    ['https://api.stability.ai/', 'https://api.stability.ai', false],
    ['HTTPS://API.STABILITY.AI/', 'https://api.stability.ai', false],
    ['https://api.stability.ai:443', 'https://api.stability.ai', false],
    ['http://127.0.0.1:7860', 'http://127.0.0.1:7860', false],
    ['http://127.0.0.1:7860/', 'http://127.0.0.1:7860', false],
    ['http://[::1]:7860', 'http://[::1]:7860', false],
    ['https://[::1]:7860', 'https://[::1]:7860', false],
    ['http://example.com', 'http://example.com', false],
    ['https://localhost:8443', 'https://localhost:8443', false],
  ])('%j → %j', (typed, host, completed) => {
    expect(normalizeApiHost(typed)).toEqual({ ok: true, host, completed });
  });
});

describe('normalizeApiHost refuses', () => {
  it.each([
    ['ftp://x', /Only http:\/\/ and https:\/\/.*“ftp:”/],
    ['FTP://example.com', /Only http:\/\/ and https:\/\/.*“ftp:”/],
    ['javascript:alert(1)', /Only http:\/\/ and https:\/\/.*“javascript:”/],
    ['data:text/html,<b>x</b>', /Only http:\/\/ and https:\/\/.*“data:”/],
    ['file:///etc/passwd', /Only http:\/\/ and https:\/\/.*“file:”/],
    ['ws://127.0.0.1:7860', /Only http:\/\/ and https:\/\/.*“ws:”/],
    ['http:api.stability.ai', /two slashes/],
    ['https:/api.stability.ai', /two slashes/],
    ['https:///api.stability.ai', /two slashes/],
    ['https://', /not a valid web address/],
    ['http://exa_mple .com', /spaces/],
    ['api stability ai', /spaces/],
    ['api.stability.ai\u00a0x', /spaces/],
    ['user:pass@api.stability.ai', /user name or password/],
    ['https://user:pass@api.stability.ai', /user name or password/],
    ['https://@api.stability.ai', /user name or password/],
    ['https:\\\\evil.example', /backslash/],
    ['/v1alpha', /path, not a host/],
    ['/api.stability.ai', /path, not a host/],
    ['///api.stability.ai', /path, not a host/],
    ['https://api.stability.ai/v1alpha', /Remove the path/],
    ['api.stability.ai/v1alpha/', /Remove the path/],
    ['localhost:7860/some/path', /Remove the path/],
    ['https://api.stability.ai?x=1', /“\?…” or “#…”/],
    ['https://api.stability.ai/#frag', /“\?…” or “#…”/],
    ['api.stability.ai?', /“\?…” or “#…”/],
    ['7860', /port alone/],
    [':7860', /port alone/],
    ['::1', /square brackets/],
    ['::1:7860', /square brackets/],
    ['2001:db8::1', /square brackets/],
    ['localhost:99999', /not a valid web address/],
    ['localhost:0', /Port 0/],
    ['https://[::1', /not a valid web address/],
    ['http://exa%20mple.com', /not a valid web address/],
  ])('%j', (typed, problem) => {
    const r = normalizeApiHost(typed);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(problem);
  });

  it('never repeats what was typed (a pasted key must not be echoed)', () => {
    for (const typed of [
      'sk-secret-123 x',
      'https://h/sk-secret-123',
      'u:sk-secret-123@h',
      '/sk-secret-123',
    ]) {
      const r = normalizeApiHost(typed);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem).not.toContain('sk-secret-123');
    }
  });
});

describe('isLoopbackHostname', () => {
  it.each([
    ['localhost', true],
    ['a.localhost', true],
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['[::1]', true],
    ['128.0.0.1', false],
    ['localhost.example', false],
    ['[::2]', false],
    ['api.stability.ai', false],
  ])('%s → %s', (hostname, loopback) => {
    expect(isLoopbackHostname(hostname)).toBe(loopback);
  });
});
