/**
 * The hostile-request corpus (issue 7, "Done when"): every request in it gets its documented status and
 * code, and after each one the same server still serves a valid request. It runs against the standalone
 * engine as its own process (`npm run engine`: the process must be alive at the end, having logged no
 * internal error) and against the studio server of `npm start` (startStudio: Vite preview with the engine
 * plugin, in this process, where an unhandled 'error' event fails the run).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startStudio, type RunningStudio } from '../../scripts/studioServer.ts';
import { imageCost } from '../../server/generation/cost.ts';
import { readHeaderSize } from '../../server/imaging/headerSize.ts';
import {
  BALANCE,
  request,
  upload,
  uploadParts,
  type CorpusContext,
  type HostileCase,
} from './hostile/corpusKit.ts';
import { HTTP_CASES } from './hostile/corpusHttp.ts';
import { UPLOAD_CASES } from './hostile/corpusUploads.ts';
import { V1_CASES } from './hostile/corpusV1.ts';
import { V2BETA_CASES } from './hostile/corpusV2beta.ts';
import { buildHostileImages } from './hostile/hostileImages.ts';
import { sendRaw, type RawAnswer, type RawRequest } from './hostile/rawHttp.ts';

const CASES: HostileCase[] = [...UPLOAD_CASES, ...HTTP_CASES, ...V1_CASES, ...V2BETA_CASES];

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

/** A server under test: its port, and how to check at the end that it is the same, living server. */
interface Target {
  port: number;
  stop(): Promise<void>;
}

/** `npm run engine` as a child process; resolves once it prints its URL. */
async function startEngineProcess(log: string[]): Promise<Target & { child: ChildProcess }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GESSO_')));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/cli.ts', '--port', '0', '--delay-ms', '0', '--balance', '1000'],
    { cwd: REPO_ROOT, env },
  );
  child.stderr?.on('data', (c: Buffer) => log.push(c.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`engine exited ${code}: ${log.join('')}`)));
  });
  return {
    port,
    child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
    },
  };
}

/**
 * `npm start`'s server (startStudio) over a stand-in build: the project's own vite.config.ts, so the engine
 * plugin is mounted exactly as in production, and a one-line dist/index.html instead of a full build.
 */
async function startStudioServer(): Promise<Target> {
  const root = mkdtempSync(join(tmpdir(), 'gesso-hostile-studio-'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>studio</title>');
  writeFileSync(join(root, 'package.json'), '{"type":"module"}');
  writeFileSync(
    join(root, 'vite.config.ts'),
    `export { default } from ${JSON.stringify(join(REPO_ROOT, 'vite.config.ts'))};\n`,
  );
  const studio: RunningStudio = await startStudio({ port: 0, host: '127.0.0.1', root });
  return {
    port: studio.port,
    stop: async () => {
      await studio.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function expectAnswer(answer: RawAnswer | 'no answer', c: HostileCase): RawAnswer {
  if (answer === 'no answer') throw new Error(`${c.name}: the connection closed without an answer`);
  const e = c.expect;
  expect({ status: answer.status, body: answer.body.slice(0, 300) }).toMatchObject({ status: e.status });
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(answer.headers[name]).toBe(value);
  if (e.name !== undefined && e.v2beta) {
    expect(answer.headers['content-type']).toBe('application/json');
    const body = JSON.parse(answer.body) as { id: string; name: string; errors: string[] };
    expect(Object.keys(body).sort()).toEqual(['errors', 'id', 'name']);
    expect(body.name).toBe(e.name);
    expect(body.id).toBe(answer.headers['x-request-id']);
    if (e.message !== undefined) expect(String(body.errors[0])).toMatch(new RegExp(`^${escape(e.message)}`));
    for (const error of body.errors) expect(error).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
    e.check?.(answer);
    return answer;
  } else if (e.name !== undefined && e.v1) {
    expect(answer.headers['content-type']).toBe('application/json');
    const body = JSON.parse(answer.body) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['id', 'message', 'name']);
    expect(body['name']).toBe(e.name);
  } else if (e.name !== undefined) {
    expect(answer.headers['content-type']).toBe('application/vnd.goa.error');
    const body = JSON.parse(answer.body) as Record<string, unknown>;
    expect(body).toMatchObject({ name: e.name, fault: false });
    expect(String(body['id'])).toMatch(/^[A-Za-z0-9]{8}$/);
  }
  if (e.name !== undefined) {
    const body = JSON.parse(answer.body) as Record<string, unknown>;
    if (e.message !== undefined) expect(String(body['message'])).toMatch(new RegExp(`^${escape(e.message)}`));
    expect(String(body['message'])).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  }
  e.check?.(answer);
  return answer;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Credits a successful generation answer cost (the engine charges per artifact by its size). */
function costOf(answer: RawAnswer): number {
  const { artifacts } = JSON.parse(answer.body) as {
    artifacts: Array<{ base64: string; finishReason: string }>;
  };
  expect(artifacts.map((a) => a.finishReason)).toEqual(['SUCCESS']);
  const size = readHeaderSize(Buffer.from(artifacts[0]?.base64 ?? '', 'base64'));
  if (!size) throw new Error('artifact is not a PNG');
  return imageCost(size.width, size.height, 50);
}

async function balanceOf(ctx: CorpusContext, port: number): Promise<number> {
  const answer = await sendRaw(port, request(ctx, { method: 'GET', path: BALANCE }));
  if (answer === 'no answer' || answer.status !== 200) throw new Error(`balance: ${JSON.stringify(answer)}`);
  return (JSON.parse(answer.body) as { credits: number }).credits;
}

const images = buildHostileImages();

describe.each([
  { label: 'standalone engine process (npm run engine)', kind: 'engine' as const },
  { label: 'studio server (npm start: Vite preview + engine plugin)', kind: 'studio' as const },
])('hostile corpus against the $label', ({ kind }) => {
  const stderr: string[] = [];
  let target: (Target & { child?: ChildProcess }) | undefined;
  let ctx: CorpusContext;
  let startBalance = 0;
  let charged = 0;

  beforeAll(async () => {
    target = kind === 'engine' ? await startEngineProcess(stderr) : await startStudioServer();
    ctx = { host: `127.0.0.1:${target.port}`, images: await images };
    startBalance = await balanceOf(ctx, target.port);
  }, 60_000);
  afterAll(() => target?.stop());

  const port = (): number => {
    if (!target) throw new Error('server not started');
    return target.port;
  };

  /** A valid request of the same family as the case: an upload after an upload, a GET otherwise. */
  async function stillServes(uploadFamily: boolean): Promise<void> {
    const valid: RawRequest = uploadFamily
      ? upload(ctx, uploadParts(ctx.images))
      : request(ctx, { method: 'GET', path: '/v1alpha/engines/list' });
    const answer = await sendRaw(port(), valid);
    if (answer === 'no answer') throw new Error('the server no longer answers');
    expect(answer.status, answer.body.slice(0, 300)).toBe(200);
    if (uploadFamily) charged += costOf(answer);
  }

  it('holds at least 60 hostile requests', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  // Paths outside the APIs are the studio's own pages in the studio server: those cases are the engine's only.
  for (const c of CASES.filter((each) => kind === 'engine' || !each.engineOnly)) {
    it(c.name, async () => {
      const answer = expectAnswer(await sendRaw(port(), c.request(ctx)), c);
      if (answer.status === 200) charged += c.expect.cost ?? costOf(answer);
      await stillServes(UPLOAD_CASES.includes(c) || V1_CASES.includes(c) || V2BETA_CASES.includes(c));
    });
  }

  it('is the same server afterwards: alive, its balance charged for exactly the work it did', async () => {
    expect(await balanceOf(ctx, port())).toBeCloseTo(startBalance - charged, 6);
    if (target?.child) {
      expect(target.child.exitCode).toBeNull();
      expect(stderr.join('')).not.toMatch(/internal error/);
    }
  });
});
