import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, preview, type Plugin } from 'vite';
import { studioHeadersPlugin } from './studioHeadersPlugin.ts';

/**
 * The plugin inside real Vite servers (no config file, a throwaway root): every response carries the
 * headers — pages, files, 404s, Vite's own host-check refusal — and the dev server's nonce is the one Vite
 * writes on inline tags.
 */
const PAGE =
  '<!doctype html><html><head><title>t</title></head><body><script type="module" src="/a.js"></script></body></html>';

/** Stands in for @vitejs/plugin-react, which writes an inline preamble into the dev server's HTML. */
const inlinePreamble: Plugin = {
  name: 'inline-preamble',
  transformIndexHtml: () => [
    { tag: 'script', attrs: { type: 'module' }, children: 'window.x = 1;', injectTo: 'head' },
  ],
};

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'gesso-headers-'));
  writeFileSync(join(root, 'index.html'), PAGE);
  writeFileSync(join(root, 'a.js'), 'export {};');
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), PAGE);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function expectSecurityHeaders(res: Response, connectSrc = /connect-src 'self' /): string {
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toMatch(/^default-src 'self'; script-src 'self'/);
  expect(csp).toMatch(connectSrc);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  return csp;
}

describe('studioHeadersPlugin on the dev server', () => {
  it('sends the headers everywhere, with a nonce that matches the one on Vite’s inline tags', async () => {
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [studioHeadersPlugin({ GESSO_CONNECT_SRC: 'https://engine.example.com' }), inlinePreamble],
      server: { host: '127.0.0.1', port: 0, ws: false },
      // Not 'spa': an unknown path gets Vite's own 404 instead of index.html.
      appType: 'mpa',
      optimizeDeps: { noDiscovery: true },
    });
    await server.listen();
    try {
      const base = server.resolvedUrls?.local[0] ?? '';
      const page = await fetch(base);
      const csp = expectSecurityHeaders(page, /connect-src 'self' .* https:\/\/engine\.example\.com(;|$)/);
      const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
      expect(csp).toContain(`style-src 'self' 'nonce-${nonce}'`);
      const html = await page.text();
      expect(html).toContain(`<script type="module" nonce="${nonce}">window.x = 1;</script>`);

      expectSecurityHeaders(await fetch(`${base}a.js`));
      const missing = await fetch(`${base}missing.png`);
      expect(missing.status).toBe(404);
      expectSecurityHeaders(missing);
    } finally {
      await server.close();
    }
  });
});

describe('studioHeadersPlugin on the preview server (npm start)', () => {
  it('sends the headers without a nonce, also on answers Vite gives before any plugin middleware', async () => {
    const server = await preview({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [studioHeadersPlugin({})],
      preview: { host: '127.0.0.1', port: 0 },
    });
    try {
      const base = server.resolvedUrls?.local[0] ?? '';
      const csp = expectSecurityHeaders(await fetch(base));
      expect(csp).not.toContain('nonce');
      expect(csp).toMatch(
        /connect-src 'self' https:\/\/api\.stability\.ai http:\/\/127\.0\.0\.1:\* http:\/\/localhost:\* blob:;/,
      );
      // Vite's DNS-rebinding guard refuses a foreign Host header ahead of plugins' own middleware.
      const { request } = await import('node:http');
      const refused = await new Promise<{ status: number; headers: Record<string, unknown> }>(
        (resolve, reject) => {
          const url = new URL(base);
          request(
            { host: url.hostname, port: url.port, path: '/', headers: { host: 'evil.example' } },
            (res) => {
              res.resume();
              resolve({ status: res.statusCode ?? 0, headers: res.headers });
            },
          )
            .on('error', reject)
            .end();
        },
      );
      expect(refused.status).toBe(403);
      expect(refused.headers['content-security-policy']).toBe(csp);
      expect(refused.headers['x-content-type-options']).toBe('nosniff');
    } finally {
      await server.close();
    }
  });

  it('refuses a bad GESSO_CONNECT_SRC when the server starts, naming it', async () => {
    await expect(
      preview({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [studioHeadersPlugin({ GESSO_CONNECT_SRC: 'engine.example.com' })],
        preview: { host: '127.0.0.1', port: 0 },
      }),
    ).rejects.toThrow(/GESSO_CONNECT_SRC: "engine.example.com" is not an origin/);
  });
});
