import { describe, expect, it } from 'vitest';
import { LOCAL_ENGINE_DEV_KEY } from '../src/lib/api/index.ts';
import { configFromArgv, DEFAULT_ENGINE_CONFIG, resolveEngineConfig } from './config.ts';

describe('resolveEngineConfig', () => {
  it('defaults to loopback and the documented dev key', () => {
    const c = resolveEngineConfig({});
    expect(c.host).toBe('127.0.0.1');
    expect(c.keys).toEqual([LOCAL_ENGINE_DEV_KEY]);
    expect(c).toEqual(DEFAULT_ENGINE_CONFIG);
  });
  it('reads every GESSO_* variable', () => {
    const c = resolveEngineConfig({
      GESSO_ENGINE_KEYS: 'k1, k2,',
      GESSO_ENGINE_HOST: '0.0.0.0',
      GESSO_ENGINE_PORT: '9000',
      GESSO_ENGINE_DELAY_MS: '250',
      GESSO_BLOCKED_WORDS: 'Foo,bar',
      GESSO_SOFTEN_WORDS: 'Baz',
      GESSO_ENGINE_BALANCE: '12.5',
      GESSO_CORS_ORIGINS: 'https://a.example',
      GESSO_REFUSE_WHEN_SPENT: 'yes',
      GESSO_LANGUAGE_WORDS: 'Hej, salut',
      GESSO_RATE_LIMIT: '3',
      GESSO_RATE_WINDOW_MS: '1000',
      GESSO_RATE_LOCKOUT_MS: '2000',
    });
    expect(c).toEqual({
      keys: ['k1', 'k2'],
      host: '0.0.0.0',
      port: 9000,
      delayMs: 250,
      blockedWords: ['foo', 'bar'],
      softenWords: ['baz'],
      balance: 12.5,
      corsOrigins: ['https://a.example'],
      refuseWhenSpent: true,
      languageWords: ['hej', 'salut'],
      rateLimit: 3,
      rateWindowMs: 1000,
      rateLockoutMs: 2000,
    });
  });
  it('lets overrides win over env, and treats empty env vars as unset', () => {
    const c = resolveEngineConfig({ GESSO_ENGINE_PORT: '9000', GESSO_ENGINE_KEYS: '' }, { port: 0 });
    expect(c.port).toBe(0);
    expect(c.keys).toEqual([LOCAL_ENGINE_DEV_KEY]);
  });
  it('allows an empty word list from env', () => {
    expect(resolveEngineConfig({ GESSO_BLOCKED_WORDS: ' , ' }).blockedWords).toEqual([]);
  });
  it('refuses malformed numbers', () => {
    expect(() => resolveEngineConfig({ GESSO_ENGINE_PORT: 'abc' })).toThrow(/GESSO_ENGINE_PORT/);
    expect(() => resolveEngineConfig({ GESSO_ENGINE_PORT: '70000' })).toThrow();
    expect(() => resolveEngineConfig({ GESSO_ENGINE_DELAY_MS: '-1' })).toThrow();
    expect(() => resolveEngineConfig({ GESSO_ENGINE_DELAY_MS: '1.5' })).toThrow();
  });
});

describe('configFromArgv', () => {
  it('parses every flag, spaced or with =', () => {
    expect(
      configFromArgv([
        '--port',
        '7860',
        '--host=127.0.0.1',
        '--delay-ms',
        '0',
        '--blocked-words',
        'a,b',
        '--soften-words=c,d',
        '--balance',
        '100',
        '--keys',
        'k1,k2',
        '--cors-origins',
        '*',
        '--refuse-when-spent=false',
        '--language-words',
        'hej',
        '--rate-limit',
        '0',
        '--rate-window-ms=500',
        '--rate-lockout-ms',
        '100',
      ]),
    ).toEqual({
      port: 7860,
      host: '127.0.0.1',
      delayMs: 0,
      blockedWords: ['a', 'b'],
      softenWords: ['c', 'd'],
      balance: 100,
      keys: ['k1', 'k2'],
      corsOrigins: ['*'],
      refuseWhenSpent: false,
      languageWords: ['hej'],
      rateLimit: 0,
      rateWindowMs: 500,
      rateLockoutMs: 100,
    });
  });
  it('reads the v2beta knobs with their defaults: balance may go negative, 150 per 10 s, 60 s locked out', () => {
    const c = resolveEngineConfig({});
    expect([c.refuseWhenSpent, c.rateLimit, c.rateWindowMs, c.rateLockoutMs]).toEqual([
      false,
      150,
      10_000,
      60_000,
    ]);
    expect(c.languageWords).toContain('bonjour');
    expect(resolveEngineConfig({ GESSO_REFUSE_WHEN_SPENT: 'ON' }).refuseWhenSpent).toBe(true);
    expect(() => resolveEngineConfig({ GESSO_REFUSE_WHEN_SPENT: 'maybe' })).toThrow(/use true or false/);
    expect(() => resolveEngineConfig({ GESSO_RATE_LIMIT: '1.5' })).toThrow(/GESSO_RATE_LIMIT/);
  });
  it('refuses unknown flags and missing values', () => {
    expect(() => configFromArgv(['--prot', '1'])).toThrow(/unknown option --prot/);
    expect(() => configFromArgv(['--port'])).toThrow(/needs a value/);
  });
});
