import { pathToFileURL } from 'node:url';
import { findInstalledChromium } from '../scripts/chromium';
import type { BenchModule } from './types';

/**
 * `npx tsx bench/<file>.ts [--root DIR]`: when `moduleUrl` is the script being run, builds and serves DIR
 * (default: this checkout — another checkout measures its build the same way), runs the benchmark and
 * prints its metrics. Does nothing when the module was imported (bench/run.ts's registry).
 */
export async function runStandalone(moduleUrl: string, run: BenchModule['run']): Promise<void> {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  const { ensureBuilt, startStudio } = await import('../scripts/studioServer');
  const rootArg = process.argv.indexOf('--root');
  const root = rootArg > 0 ? process.argv[rootArg + 1] : undefined;
  await ensureBuilt(root ? { root } : {});
  const studio = await startStudio({ port: 0, host: '127.0.0.1', ...(root && { root }) });
  try {
    const { metrics } = await run({ baseUrl: studio.url, chromiumPath: findInstalledChromium() });
    for (const m of metrics) console.log(`${m.name}: median ${m.median} ${m.unit}, max ${m.max} ${m.unit}`);
  } finally {
    await studio.close();
  }
}
