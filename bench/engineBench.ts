import { LOCAL_ENGINE_DEV_KEY, type WireGenerationOptions } from '../src/lib/api/index.ts';
import { metric, type BenchContext, type BenchModule } from './types';

/** Runs per measurement; GESSO_BENCH_RUNS overrides. Odd, so the median is a real sample. */
const DEFAULT_RUNS = 7;
/** The catalogue's 512-native engine (shared/API.md). */
const ENGINE_ID = 'stable-diffusion-v1-5';

function runs(): number {
  const n = Number(process.env.GESSO_BENCH_RUNS);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_RUNS;
}

async function timeOne(
  baseUrl: string,
  options: WireGenerationOptions,
  accept: 'application/json' | 'image/png',
): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/v1alpha/generation/${ENGINE_ID}/text-to-image`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: accept, Authorization: LOCAL_ENGINE_DEV_KEY },
    body: JSON.stringify(options),
  });
  // Read the whole body: the time a client waits includes the transfer.
  const body = await response.arrayBuffer();
  const ms = performance.now() - started;
  if (!response.ok)
    throw new Error(`engine answered ${response.status}: ${new TextDecoder().decode(body).slice(0, 200)}`);
  return { ms, bytes: body.byteLength };
}

async function measure(context: BenchContext, accept: 'application/json' | 'image/png', n: number) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    // Different seeds so no layer can answer from a cache; same prompt so the work is comparable.
    const options: WireGenerationOptions = {
      text_prompts: [{ text: 'a red fox on blue snow under a golden sky', weight: 1 }],
      width: 512,
      height: 512,
      steps: 30,
      seed: 1000 + i,
    };
    const one = await timeOne(context.baseUrl, options, accept);
    times.push(one.ms);
    bytes = one.bytes;
  }
  return { times, bytes };
}

/** Times 512×512 text-to-image through the engine mounted in the studio server, over real HTTP. */
export const engineBench: BenchModule = {
  name: 'engine',
  async run(context) {
    const n = runs();
    // One warm-up request: the first one pays for lazy engine creation and JIT.
    await measure(context, 'application/json', 1);
    const json = await measure(context, 'application/json', n);
    const png = await measure(context, 'image/png', n);
    return {
      metrics: [
        metric('text-to-image 512×512, JSON (base64)', 'ms', json.times),
        metric('text-to-image 512×512, image/png', 'ms', png.times),
      ],
      details: { engineId: ENGINE_ID, runs: n, steps: 30, jsonBytes: json.bytes, pngBytes: png.bytes },
    };
  },
};
