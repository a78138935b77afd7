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
    });
  });
  it('refuses unknown flags and missing values', () => {
    expect(() => configFromArgv(['--prot', '1'])).toThrow(/unknown option --prot/);
    expect(() => configFromArgv(['--port'])).toThrow(/needs a value/);
  });
});
