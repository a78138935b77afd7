import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, DEFAULT_PORT, parseStartArgs } from './startArgs';

describe('parseStartArgs', () => {
  it('defaults to loopback on the preview port', () => {
    expect(parseStartArgs([])).toEqual({
      port: DEFAULT_PORT,
      host: DEFAULT_HOST,
      forceBuild: false,
      noBuild: false,
      help: false,
    });
  });

  it.each([
    [['--port', '5000'], 5000],
    [['--port=5001'], 5001],
    [['-p', '0'], 0],
  ])('reads %j as port %i', (argv, port) => {
    expect(parseStartArgs(argv).port).toBe(port);
  });

  it('listens on all addresses for a bare --host, like vite', () => {
    expect(parseStartArgs(['--host']).host).toBe('0.0.0.0');
    expect(parseStartArgs(['--host', '--port', '7']).host).toBe('0.0.0.0');
    expect(parseStartArgs(['--host', '192.168.1.5']).host).toBe('192.168.1.5');
    expect(parseStartArgs(['--host=::1']).host).toBe('::1');
  });

  it.each([[['--port']], [['--port', 'abc']], [['--port', '70000']], [['--port', '-1']], [['--frobnicate']]])(
    'rejects %j with a readable message',
    (argv) => {
      expect(() => parseStartArgs(argv)).toThrow(/--port|Unknown argument/);
    },
  );

  it('knows --build, --no-build and --help', () => {
    expect(parseStartArgs(['--build', '--help'])).toMatchObject({ forceBuild: true, help: true });
    expect(parseStartArgs(['--no-build'])).toMatchObject({ noBuild: true, forceBuild: false });
    expect(() => parseStartArgs(['--build', '--no-build'])).toThrow(/contradict/);
  });

  it('reads --connect-src as a checked list of origins', () => {
    expect(parseStartArgs(['--connect-src', 'https://a.example,http://10.0.0.2:7860']).connectSrc).toEqual([
      'https://a.example',
      'http://10.0.0.2:7860',
    ]);
    expect(parseStartArgs(['--connect-src=https://b.example']).connectSrc).toEqual(['https://b.example']);
    expect(parseStartArgs([]).connectSrc).toBeUndefined();
  });

  it.each([[['--connect-src']], [['--connect-src', '--port', '5']], [['--connect-src', 'a.example']]])(
    'rejects %j naming --connect-src',
    (argv) => {
      expect(() => parseStartArgs(argv)).toThrow(/^--connect-src/);
    },
  );
});
