import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, preview } from 'vite';
import { gessoEngine } from '../../server/vitePlugin.ts';
import { KEY } from './engineTestKit.ts';

let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGTERM');
  child = undefined;
});

/** Runs the CLI and resolves with its first stdout line. */
function runCli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], { cwd: process.cwd() });
    let out = '';
    let err = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => reject(new Error(`cli exited ${code}: ${err}`)));
  });
}

describe('npm run engine (server/cli.ts)', () => {
  it('prints its loopback URL and serves the configured keys and balance', async () => {
    const line = await runCli(['--port', '0', '--keys', 'k1,k2', '--balance', '7', '--delay-ms', '0']);
    const match = /^Gesso engine listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
    expect(match).not.toBeNull();
    const res = await fetch(`${match?.[1]}/v1alpha/user/balance`, {
      headers: { Authorization: 'Bearer k2' },
    });
    expect(await res.json()).toEqual({ credits: 7 });
    const dev = await fetch(`${match?.[1]}/v1alpha/user/balance`, { headers: { Authorization: KEY } });
    expect(dev.status).toBe(401);
  });

  it('refuses an unknown flag with a message, not a stack', async () => {
    await expect(runCli(['--prot', '1'])).rejects.toThrow(
      /cli exited 2: gesso engine: unknown option --prot\n$/,
    );
  });
});

describe('gessoEngine() in a Vite dev server', () => {
  it('serves /v1alpha and /v1 and leaves other paths to Vite', async () => {
    const server = await createServer({
      configFile: false,
      logLevel: 'silent',
      plugins: [gessoEngine({ balance: 3 })],
      server: { host: '127.0.0.1', port: 0 },
    });
    await server.listen();
    try {
      const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
      const res = await fetch(`${base}/v1alpha/user/balance`, { headers: { Authorization: KEY } });
      expect(await res.json()).toEqual({ credits: 3 });
      const missing = await fetch(`${base}/v1alpha/nope`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toBe('application/vnd.goa.error');
      const pre = await fetch(`${base}/v1alpha/user/balance`, {
        method: 'OPTIONS',
        headers: { Origin: 'http://localhost:9', 'Access-Control-Request-Method': 'GET' },
      });
      expect(pre.headers.get('access-control-allow-headers')).toBe(
        'Authorization, Content-Type, Accept, Organization',
      );
      // v1 beside v1alpha, on the same origin: its own error shape and preflight headers.
      const v1 = await fetch(`${base}/v1/user/balance`, { headers: { Authorization: `Bearer ${KEY}` } });
      expect(await v1.json()).toEqual({ credits: 3 });
      const v1Missing = await fetch(`${base}/v1/nope`);
      expect(v1Missing.status).toBe(404);
      expect(v1Missing.headers.get('content-type')).toBe('application/json');
      expect(Object.keys((await v1Missing.json()) as object).sort()).toEqual(['id', 'message', 'name']);
      const v1Pre = await fetch(`${base}/v1/generation/stable-diffusion-v1-6/text-to-image`, {
        method: 'OPTIONS',
        headers: { Origin: 'http://localhost:9', 'Access-Control-Request-Method': 'POST' },
      });
      expect(v1Pre.status).toBe(204);
      expect(v1Pre.headers.get('access-control-allow-headers')).toBe(
        'Authorization, Content-Type, Accept, Organization, Stability-Client-ID, Stability-Client-Version',
      );
      const page = await fetch(`${base}/some-page`);
      expect(page.headers.get('content-type') ?? '').not.toContain('vnd.goa.error');
      await page.arrayBuffer();
    } finally {
      await server.close();
    }
  });
});

describe('gessoEngine() in a Vite preview server', () => {
  it('serves /v1alpha and /v1 next to the built files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gesso-preview-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>built</title>');
    const server = await preview({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      plugins: [gessoEngine({ balance: 4 })],
      build: { outDir: dir },
      preview: { host: '127.0.0.1', port: 0 },
    });
    try {
      const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
      const res = await fetch(`${base}/v1alpha/user/balance`, { headers: { Authorization: KEY } });
      expect(await res.json()).toEqual({ credits: 4 });
      const list = await fetch(`${base}/v1/engines/list`, { headers: { Authorization: KEY } });
      expect(((await list.json()) as Array<{ id: string }>).map((e) => e.id)).toContain('esrgan-v1-x2plus');
      expect(await (await fetch(`${base}/`)).text()).toContain('built');
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
