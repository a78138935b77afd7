import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { needsBuild, writeBuildStamp } from './buildFreshness';

/** The repository root (this file lives in scripts/). */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A running production studio with the engine mounted on the same origin. */
export interface RunningStudio {
  /** Where a browser on this machine reaches it, e.g. http://127.0.0.1:4173 */
  url: string;
  port: number;
  /** Extra addresses when listening beyond loopback (Vite's "Network" URLs). */
  networkUrls: string[];
  close(): Promise<void>;
}

/** Thrown when the requested port is taken, so callers can print a sentence instead of a stack. */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} is already in use.`);
    this.name = 'PortInUseError';
  }
}

/**
 * Builds dist/ when it is missing or older than its inputs (or when forced). Returns whether it built.
 * Vite's own output is kept to warnings: a user running `npm start` wants the URL, not a chunk table.
 */
export async function ensureBuilt(
  options: { root?: string; force?: boolean; log?: (line: string) => void } = {},
): Promise<boolean> {
  const root = options.root ?? REPO_ROOT;
  const log = options.log ?? ((line: string) => console.log(line));
  if (!options.force && !needsBuild(root)) return false;
  const startedAtMs = Date.now();
  log('Building the studio (dist/ is missing or older than the sources)…');
  await build({ root, logLevel: 'warn' });
  writeBuildStamp(join(root, 'dist'), startedAtMs);
  log(`Built in ${((Date.now() - startedAtMs) / 1000).toFixed(1)} s.`);
  return true;
}

function urlFor(host: string, port: number): string {
  // A wildcard bind is reached through loopback from this machine; IPv6 literals need brackets.
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
}

/**
 * Serves dist/ with Vite's preview server; vite.config.ts mounts the engine into it (gessoEngine()).
 * `port: 0` picks a free port. Never falls back to another port silently: a user who asked for 4173
 * and got 4174 would open the wrong tab.
 */
export async function startStudio(options: {
  port: number;
  host: string;
  root?: string;
}): Promise<RunningStudio> {
  const root = options.root ?? REPO_ROOT;
  let server;
  try {
    server = await preview({
      root,
      logLevel: 'warn',
      preview: { port: options.port, host: options.host, strictPort: true, open: false },
    });
  } catch (error) {
    if (error instanceof Error && /already in use/i.test(error.message))
      throw new PortInUseError(options.port);
    throw error;
  }
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const wildcard = options.host === '0.0.0.0' || options.host === '::';
  return {
    url: urlFor(options.host, port),
    port,
    networkUrls: wildcard ? (server.resolvedUrls?.network ?? []) : [],
    close: () => server.close(),
  };
}
