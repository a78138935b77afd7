import { describe, expect, it } from 'vitest';
import { isAuthorized, parseAuthKey } from './auth.ts';
import { parseAccept, parseAcceptWithQuality } from './accept.ts';
import { originAllowed } from './cors.ts';

describe('parseAuthKey', () => {
  it('reads a bare key and a Bearer key alike', () => {
    expect(parseAuthKey('sk-123')).toBe('sk-123');
    expect(parseAuthKey('Bearer sk-123')).toBe('sk-123');
    expect(parseAuthKey('bearer   sk-123  ')).toBe('sk-123');
  });
  it('returns null for a missing or blank header', () => {
    expect(parseAuthKey(undefined)).toBeNull();
    expect(parseAuthKey('   ')).toBeNull();
    expect(parseAuthKey('Bearer ')).toBe('Bearer');
  });
  it('accepts only configured keys', () => {
    expect(isAuthorized('Bearer k1', ['k1', 'k2'])).toBe(true);
    expect(isAuthorized('k2', ['k1', 'k2'])).toBe(true);
    expect(isAuthorized('k3', ['k1', 'k2'])).toBe(false);
    expect(isAuthorized(undefined, ['k1'])).toBe(false);
  });
});

describe('parseAccept', () => {
  it('treats missing and */* as JSON', () => {
    expect(parseAccept(undefined)).toBe('application/json');
    expect(parseAccept('*/*')).toBe('application/json');
  });
  it('recognises both modes, with parameters and lists', () => {
    expect(parseAccept('application/json')).toBe('application/json');
    expect(parseAccept('image/png')).toBe('image/png');
    expect(parseAccept('image/png;q=0.9, */*;q=0.1')).toBe('image/png');
    expect(parseAccept('image/png, application/json')).toBe('application/json');
  });
  it('refuses anything else', () => {
    expect(parseAccept('text/html')).toBeNull();
    expect(parseAccept('image/jpeg')).toBeNull();
  });
});

describe('originAllowed', () => {
  const defaults = ['http://localhost:*', 'http://127.0.0.1:*'];
  it('matches any port of the default loopback origins', () => {
    expect(originAllowed('http://localhost:5173', defaults)).toBe(true);
    expect(originAllowed('http://127.0.0.1', defaults)).toBe(true);
  });
  it('rejects other hosts, schemes and look-alikes', () => {
    expect(originAllowed('https://localhost:5173', defaults)).toBe(false);
    expect(originAllowed('http://localhost.evil.com:80', defaults)).toBe(false);
    expect(originAllowed('http://localhost:80x', defaults)).toBe(false);
    expect(originAllowed('http://example.com', defaults)).toBe(false);
  });
  it('supports exact origins and *', () => {
    expect(originAllowed('https://studio.example', ['https://studio.example'])).toBe(true);
    expect(originAllowed('https://anything.example', ['*'])).toBe(true);
  });
});

describe('parseAcceptWithQuality (v1)', () => {
  it('reads what real v1 clients send as JSON', () => {
    for (const h of [
      undefined,
      '',
      '*/*',
      'application/json',
      'application/json, text/plain, */*',
      'application/json;q=1, image/png;q=0',
    ]) {
      expect(parseAcceptWithQuality(h), String(h)).toBe('application/json');
    }
  });
  it('follows q-values, then specificity; q=0 refuses a type', () => {
    expect(parseAcceptWithQuality('image/png')).toBe('image/png');
    expect(parseAcceptWithQuality('image/*')).toBe('image/png');
    expect(parseAcceptWithQuality('image/png, */*')).toBe('image/png');
    expect(parseAcceptWithQuality('image/png;q=0.5, application/json')).toBe('application/json');
    expect(parseAcceptWithQuality('image/png;q=1, application/json;q=0.2')).toBe('image/png');
    expect(parseAcceptWithQuality('*/*, image/png;q=0')).toBe('application/json');
    expect(parseAcceptWithQuality('application/json;q=0, image/png;q=0')).toBeNull();
    expect(parseAcceptWithQuality('text/html')).toBeNull();
  });
});
