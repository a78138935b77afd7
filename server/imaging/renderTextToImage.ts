import { analysePrompts, type PaintPrompt } from './analysePrompts.ts';
import { hex } from './colour.ts';
import { chooseLayout } from './layout.ts';
import { createNoise } from './noise.ts';
import { paintAbstract } from './paintAbstract.ts';
import { paintLandscape } from './paintLandscape.ts';
import { buildPalette, type Tone } from './palette.ts';
import { hashNumbers, hashPixel, hashString, mulberry32 } from './prng.ts';
import type { Rgba } from './rgba.ts';
import { applyStylePreset } from './stylePreset.ts';

/** Everything a text-to-image picture depends on (the request's options, already validated and defaulted). */
export interface TextToImageParams {
  prompts: Array<{ text: string; weight: number }>;
  width: number;
  height: number;
  seed: number;
  steps: number;
  cfgScale: number;
  sampler: string | undefined;
  clipGuidancePreset: string;
  /** v1's `style_preset`: a visible treatment of the finished picture (stylePreset.ts); absent = none. */
  stylePreset?: string;
}

/** cfg 7 (the default) is neutral; 0 greys the picture down, 35 pushes it to vivid and contrasty. */
function toneFor(p: TextToImageParams): Tone {
  const cfg = Math.max(0, Number.isFinite(p.cfgScale) ? p.cfgScale : 7);
  const k = Math.sqrt(cfg / 7);
  const preset = p.clipGuidancePreset;
  return {
    saturation: Math.min(1.5, 0.6 + 0.4 * k),
    contrast: Math.min(1.2, 0.85 + 0.15 * k),
    tint: preset === 'FAST_BLUE' ? hex('#3c78dc') : preset === 'FAST_GREEN' ? hex('#3cb45a') : null,
    tintAmount: 0.05,
  };
}

/**
 * Paints a deterministic procedural picture for a text-to-image request: the prompt's words choose the
 * palette and forms (analysePrompts), the seed chooses the composition (chooseLayout), steps add detail and
 * smooth the grain, cfg sets saturation and contrast, sampler and CLIP preset nudge texture and tint.
 * Same params → byte-identical pixels: all randomness comes from hashes of the params, never Math.random.
 * Output is opaque (alpha 255).
 */
export function renderTextToImage(p: TextToImageParams): Rgba {
  const { width, height } = p;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`renderTextToImage: bad size ${width}×${height}`);
  }
  const prompts: PaintPrompt[] = p.prompts.map((q) => ({ text: q.text, weight: q.weight }));
  const analysis = analysePrompts(prompts);
  const palette = buildPalette(analysis, toneFor(p));

  const steps = Math.min(150, Math.max(1, Number.isFinite(p.steps) ? p.steps : 50));
  const detail = 3 + Math.round(((Math.max(10, steps) - 10) / 140) * 3);
  const sampler = p.sampler ?? 'default';
  const slowPreset = p.clipGuidancePreset.startsWith('SLOW');
  // Ancestral samplers inject fresh noise at each step in a real model: here, a little more grain.
  const grainAmp = (2 + 60 / steps) * (sampler.includes('ANCESTRAL') ? 1.25 : 1) * (slowPreset ? 0.8 : 1);

  // The layout is a function of the seed and the forms only, so one seed keeps its composition when the
  // colours change; the noise lattice also mixes in the sampler so samplers differ in fine texture.
  const seed = Math.trunc(Number.isFinite(p.seed) ? p.seed : 0);
  const layoutRng = mulberry32(hashNumbers(seed, 0x1a7));
  const layout = chooseLayout(layoutRng, analysis.forms, detail);
  const noise = createNoise(mulberry32(hashNumbers(seed, 0x401)));
  const detailRng = mulberry32(hashNumbers(seed, hashString(sampler), 0x5e7));

  const buf = new Float32Array(width * height * 3);
  if (analysis.forms.has('abstract')) paintAbstract(buf, width, height, layout, palette, noise);
  else
    paintLandscape(buf, width, height, layout, palette, { noise, rng: detailRng, cloudOctaves: detail - 1 });

  // Quantise with grain. Writing through a clamped view rounds and clamps in one step, with no branches.
  const out = new Uint8Array(width * height * 4);
  const clamped = new Uint8ClampedArray(out.buffer);
  const grainSeed = hashNumbers(seed, hashString(sampler), steps);
  const grain = grainAmp / 255;
  for (let y = 0, i = 0, o = 0; y < height; y++) {
    for (let x = 0; x < width; x++, i += 3, o += 4) {
      const g = (hashPixel(x, y, grainSeed) - 0.5) * 2 * grain;
      clamped[o] = (buf[i]! + g) * 255;
      clamped[o + 1] = (buf[i + 1]! + g) * 255;
      clamped[o + 2] = (buf[i + 2]! + g) * 255;
      out[o + 3] = 255;
    }
  }
  return applyStylePreset({ width, height, data: out }, p.stylePreset, seed);
}
