import {
  sd3CfgDefault,
  splitPromptWeights,
  V2BETA_SEED_MAX,
  type ResolvedOptions,
  type V2betaRequest,
} from '../../src/lib/api/index.ts';
import type { V2betaJob } from '../dialects/v2betaJob.ts';
import { growMask, maskStrength, upscaleImage, type Rgba } from '../generation/pixels.ts';
import type { GenerationAnswer } from '../generation/runGeneration.ts';
import { randomSeed } from '../generation/seeds.ts';

/**
 * Diffusion steps the engine's pictures are painted with per model (v2beta has no `steps`): fewer steps
 * paint coarser grain, so the distilled Turbo and Flash look rougher than Large, as they do for real.
 * Edits and upscales use 50.
 */
const NOMINAL_STEPS: Readonly<Record<string, number>> = {
  'generate/ultra': 50,
  'generate/core': 30,
  'sd3.5-large': 40,
  'sd3.5-medium': 30,
  'sd3.5-large-turbo': 8,
  'sd3.5-flash': 6,
};

/** The renderer's neutral cfg (v1's default); v2beta's sd3 cfg is read relative to its model's default. */
const NEUTRAL_CFG = 7;

/** The request's prompts as weighted prompts: inline `(text:weight)` honoured, the negative prompt below 0. */
export function weightedPrompts(request: V2betaRequest): Array<{ text: string; weight: number }> {
  const negative = splitPromptWeights(request.negativePrompt).map((p) => ({
    text: p.text,
    weight: -p.weight,
  }));
  return [...splitPromptWeights(request.prompt), ...negative];
}

/**
 * A v2beta request in the shared job vocabulary (the options every dialect's generations are rendered
 * from): its prompts, the output size, the model's nominal steps, cfg (sd3: its value over the model's
 * default, times the neutral 7), strength as the share generated, the style preset.
 */
export function generationOptions(request: V2betaRequest, seed: number): ResolvedOptions {
  const model = request.model;
  const cfg =
    model && request.cfgScale !== undefined
      ? (NEUTRAL_CFG * request.cfgScale) / sd3CfgDefault(model)
      : NEUTRAL_CFG;
  return {
    text_prompts: weightedPrompts(request),
    cfg_scale: cfg,
    clip_guidance_preset: 'NONE',
    width: request.output.width,
    height: request.output.height,
    sampler: undefined,
    samples: 1,
    seed,
    steps: NOMINAL_STEPS[model ?? request.endpoint] ?? 50,
    step_schedule_start: request.strength ?? 1,
    step_schedule_end: 1,
    mask_source: undefined,
    style_preset: request.stylePreset,
  };
}

/** The seed a request is painted with: its own, or (0) a random one in 1..4294967294 (§2.3, §10.7). */
export function seedOf(request: V2betaRequest): number {
  return request.seed === 0 ? randomSeed(V2BETA_SEED_MAX) : request.seed;
}

/** One image for `seed`, charged the request's credits, in its output format. */
export function answerOf(job: V2betaJob, seed: number): GenerationAnswer {
  return {
    seeds: [seed],
    soften: job.soften,
    costPerImage: job.request.credits,
    format: job.request.outputFormat,
  };
}

/** `img` at `size` (Lanczos), or itself when it already has it. */
export function resized(img: Rgba, size: { width: number; height: number }): Promise<Rgba> | Rgba {
  return img.width === size.width && img.height === size.height
    ? img
    : upscaleImage(img, size.width, size.height);
}

/**
 * What inpaint and erase repaint (§4.4): the mask's grey level (white = all, black = nothing), the mask
 * resized to the image when their sizes differ; with no mask, the image's transparency. Then grown and
 * feathered by `grow_mask` pixels.
 */
export async function repaintStrength(job: V2betaJob, image: Rgba): Promise<Float32Array> {
  const mask = job.mask ? await resized(job.mask, image) : null;
  const strength = mask
    ? maskStrength('MASK_IMAGE_WHITE', image, mask)
    : maskStrength('INIT_IMAGE_ALPHA', image, null);
  return growMask(strength, image.width, image.height, job.request.growMask ?? 0);
}
