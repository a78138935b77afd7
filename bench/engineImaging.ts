/**
 * Engine pixel-code benchmark: text-to-image painting, inpainting, blending, the content-filter blur, a v1
 * style preset, the ×2 upscale and PNG encode/decode at 512² and 1024², in-process (no HTTP). Measures; never fails on a time.
 * `run()` gives {name, ms} rows (medians); `engineImagingBench` is the same as a registered BenchModule.
 */
import { performance } from 'node:perf_hooks';
import {
  applyStylePreset,
  blendImageToImage,
  decodeImage,
  encodePng,
  inpaint,
  renderTextToImage,
  softenForContentFilter,
  upscaleImage,
  type Rgba,
} from '../server/imaging/index';
import { metric, type BenchMetric, type BenchModule } from './types';

/** Timed runs per measurement after one warm-up run (JIT); GESSO_BENCH_RUNS overrides. */
const DEFAULT_RUNS = 5;
const SIZES = [512, 1024] as const;

function runs(): number {
  const n = Number(process.env.GESSO_BENCH_RUNS);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_RUNS;
}

function picture(size: number, seed: number, text: string): Rgba {
  return renderTextToImage({
    prompts: [{ text, weight: 1 }],
    width: size,
    height: size,
    seed,
    steps: 50,
    cfgScale: 7,
    sampler: undefined,
    clipGuidancePreset: 'NONE',
  });
}

/** A centred disc hole covering ~28% of the picture, with a 16 px feathered rim. */
function discMask(size: number): Float32Array {
  const s = new Float32Array(size * size);
  const r = size * 0.3;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - size / 2, y - size / 2);
      s[y * size + x] = Math.min(1, Math.max(0, (r - d) / 16));
    }
  }
  return s;
}

async function sample(n: number, work: (i: number) => unknown): Promise<number[]> {
  await work(-1);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await work(i);
    times.push(performance.now() - t0);
  }
  return times;
}

async function measureAll(): Promise<BenchMetric[]> {
  const n = runs();
  const metrics: BenchMetric[] = [];
  for (const size of SIZES) {
    const tag = `${size}x${size}`;
    const init = picture(size, 1, 'a blue lake under snowy mountains');
    const generated = picture(size, 2, 'a red fox in an autumn forest');
    const mask = discMask(size);
    const png = await encodePng(generated);
    metrics.push(
      metric(
        `renderTextToImage ${tag}`,
        'ms',
        await sample(n, (i) => picture(size, 100 + i, 'misty forest at sunset')),
      ),
      metric(`inpaint ${tag}`, 'ms', await sample(n, (i) => inpaint(init, mask, generated, i))),
      metric(
        `blendImageToImage ${tag}`,
        'ms',
        await sample(n, () => blendImageToImage(init, generated, 0.65)),
      ),
      metric(`softenForContentFilter ${tag}`, 'ms', await sample(n, () => softenForContentFilter(generated))),
      // line-art is the slowest of the 17 presets (Sobel edges over the whole picture).
      metric(
        `applyStylePreset line-art ${tag}`,
        'ms',
        await sample(n, (i) => applyStylePreset(generated, 'line-art', i)),
      ),
      metric(
        `upscaleImage ×2 ${tag}`,
        'ms',
        await sample(n, () => upscaleImage(generated, size * 2, size * 2)),
      ),
      metric(`encodePng ${tag}`, 'ms', await sample(n, () => encodePng(generated))),
      metric(`decodeImage ${tag}`, 'ms', await sample(n, () => decodeImage(png))),
    );
  }
  return metrics;
}

/** Median milliseconds per operation and size. */
export async function run(): Promise<Array<{ name: string; ms: number }>> {
  return (await measureAll()).map((m) => ({ name: m.name, ms: m.median }));
}

/** The same measurements as a BenchModule for bench/run.ts (needs no studio or browser). */
export const engineImagingBench: BenchModule = {
  name: 'engine-imaging',
  async run() {
    return { metrics: await measureAll() };
  },
};
