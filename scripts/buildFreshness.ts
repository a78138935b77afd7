import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Everything that goes into dist/. A change to any of these makes the production build stale. */
export const BUILD_INPUTS = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'tailwind.config.js',
  'package-lock.json',
] as const;

/** Written into dist/ after a successful build by scripts/start.ts (so `vite build` alone leaves none). */
export const BUILD_STAMP = '.gesso-build.json';

/**
 * Pure staleness rule. `builtAtMs` is when the last build *started* (from the stamp) or, lacking a stamp,
 * when dist/index.html was written; undefined when there is no usable build. Using the start time means a
 * file saved while a build ran still triggers the next rebuild.
 */
export function isBuildStale(builtAtMs: number | undefined, newestInputMs: number): boolean {
  return builtAtMs === undefined || newestInputMs > builtAtMs;
}

/** Newest mtime (ms) among files under the given paths; missing paths count as nothing. */
export function newestMtime(root: string, paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
  };
  for (const path of paths) visit(join(root, path));
  return newest;
}

/** When the build in `outDir` was made, or undefined when there is none. */
export function builtAt(outDir: string): number | undefined {
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) return undefined;
  try {
    const stamp: unknown = JSON.parse(readFileSync(join(outDir, BUILD_STAMP), 'utf8'));
    if (typeof stamp === 'object' && stamp !== null && 'startedAtMs' in stamp) {
      const startedAtMs = (stamp as { startedAtMs: unknown }).startedAtMs;
      if (typeof startedAtMs === 'number') return startedAtMs;
    }
  } catch {
    // No stamp: dist/ came from a plain `vite build`; its index.html time is the next best thing.
  }
  return statSync(index).mtimeMs;
}

/** Records that a build which started at `startedAtMs` completed into `outDir`. */
export function writeBuildStamp(outDir: string, startedAtMs: number): void {
  writeFileSync(join(outDir, BUILD_STAMP), JSON.stringify({ startedAtMs }) + '\n');
}

/** True when `root`'s dist/ is missing or older than any build input. */
export function needsBuild(root: string, outDir = join(root, 'dist')): boolean {
  return isBuildStale(builtAt(outDir), newestMtime(root, BUILD_INPUTS));
}
