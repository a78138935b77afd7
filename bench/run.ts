/**
 * `npm run bench [-- NAME…]`: starts the production studio (engine mounted) on a free port, runs each
 * registered benchmark, writes bench/results/<name>-<timestamp>.json and prints a table.
 * Benchmarks measure; they never pass or fail on a time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findInstalledChromium } from '../scripts/chromium';
import { ensureBuilt, startStudio } from '../scripts/studioServer';
import { engineBench } from './engineBench';
import { engineImagingBench } from './engineImaging';
import { canvasBench } from './canvas';
import { canvasLargeBench } from './canvasLarge';
import { galleryBench } from './gallery';
import { gridExportBench } from './gridExport';
import { hostilePngBench } from './hostilePng';
import { pixelsBench } from './pixels';
import type { BenchContext, BenchMetric } from './types';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const RESULTS_DIR = join(BENCH_DIR, 'results');

function printTable(rows: { bench: string; metric: BenchMetric }[]): void {
  const header = ['benchmark', 'metric', 'median', 'min', 'max', 'n'];
  const body = rows.map(({ bench, metric }) => [
    bench,
    metric.name,
    `${metric.median} ${metric.unit}`,
    `${metric.min} ${metric.unit}`,
    `${metric.max} ${metric.unit}`,
    String(metric.samples.length),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`);
  for (const row of body) console.log(line(row));
}

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  const registered = [
    engineBench,
    engineImagingBench,
    canvasBench,
    canvasLargeBench,
    galleryBench,
    hostilePngBench,
    pixelsBench,
    gridExportBench,
  ];
  const selected = only.length ? registered.filter((b) => only.includes(b.name)) : registered;
  if (selected.length === 0) {
    console.error(
      `No benchmark named ${only.join(', ')}. Registered: ${registered.map((b) => b.name).join(', ')}`,
    );
    return 2;
  }

  await ensureBuilt();
  const studio = await startStudio({ port: 0, host: '127.0.0.1' });
  console.log(`Benchmarking against ${studio.url}`);
  const context: BenchContext = { baseUrl: studio.url, chromiumPath: findInstalledChromium() };
  const rows: { bench: string; metric: BenchMetric }[] = [];
  let failures = 0;
  try {
    for (const bench of selected) {
      console.log(`\n▶ ${bench.name}`);
      const startedAt = new Date();
      try {
        const { metrics, details } = await bench.run(context);
        const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
        const file = join(RESULTS_DIR, `${bench.name}-${stamp}.json`);
        mkdirSync(RESULTS_DIR, { recursive: true });
        const machine = {
          node: process.version,
          cpus: cpus().length,
          cpuModel: cpus()[0]?.model ?? 'unknown',
        };
        writeFileSync(
          file,
          JSON.stringify(
            { name: bench.name, startedAt: startedAt.toISOString(), machine, metrics, details },
            null,
            2,
          ) + '\n',
        );
        console.log(`  wrote ${file}`);
        rows.push(...metrics.map((metric) => ({ bench: bench.name, metric })));
      } catch (error) {
        failures++;
        console.error(`  ${bench.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    await studio.close();
  }
  printTable(rows);
  return failures ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
