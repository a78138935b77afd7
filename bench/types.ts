/** What every benchmark receives: the running studio (engine on the same origin) and a browser to drive. */
export interface BenchContext {
  /** e.g. http://127.0.0.1:41234 — the production studio with the engine mounted. */
  baseUrl: string;
  /** Chromium for browser benchmarks; undefined when none was found (those benchmarks then skip). */
  chromiumPath: string | undefined;
}

/** One measured quantity. `samples` are the raw measurements, so later analysis need not trust `median`. */
export interface BenchMetric {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  samples: number[];
}

/** A registered benchmark: a name (used in the results file name) and a function that measures. */
export interface BenchModule {
  name: string;
  /** Returns metrics for the table, plus anything else worth keeping in the JSON. */
  run(context: BenchContext): Promise<{ metrics: BenchMetric[]; details?: unknown }>;
}

/** Median of a non-empty list (mean of the middle two for even lengths). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Builds a metric from raw samples, rounded to 0.01 for readable JSON. */
export function metric(name: string, unit: string, samples: readonly number[]): BenchMetric {
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    name,
    unit,
    median: round(median(samples)),
    min: round(Math.min(...samples)),
    max: round(Math.max(...samples)),
    samples: samples.map(round),
  };
}

/** One event of a Chromium trace (`browser.stopTracing()`): times in µs, `tdur` the thread's CPU time. */
export interface TraceEvent {
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    data?: { frames?: { processId?: number; parent?: string }[]; message?: string };
  };
}
