import type { FinishReason, ResolvedOptions } from '../../src/lib/api/index.ts';
import type { Artifact, V1xDialect } from '../dialects/Dialect.ts';
import { badRequest } from '../http/EngineError.ts';
import { ClientGoneError } from '../http/readBody.ts';
import type { RequestContext } from '../routes/RequestContext.ts';
import { abortableDelay } from './abortableDelay.ts';
import { checkPrompts } from './contentFilter.ts';
import { chargeBalance, imageCost } from './cost.ts';
import {
  blendImageToImage,
  encodeImage,
  inpaint,
  renderTextToImage,
  softenForContentFilter,
  type OutputImageFormat,
  type Rgba,
} from './pixels.ts';
import { artifactSeeds } from './seeds.ts';

/** A validated generation request: options plus, for the image modes, the decoded inputs. */
export interface GenerationJob {
  options: ResolvedOptions;
  /** Image-to-image and masking: the init image. */
  init?: Rgba;
  /** Masking: per-pixel repaint strength (0..1), same size as `init`. */
  maskStrength?: Float32Array;
}

/**
 * Whether the job's output is the init image unchanged, whatever is generated: image-to-image at
 * step_schedule_start 0, or masking where no pixel is to be repainted. Such jobs skip rendering, whose
 * picture blendImageToImage and inpaint would only discard.
 */
function keepsInit(job: GenerationJob): boolean {
  if (!job.init) return false;
  if (job.maskStrength) return !job.maskStrength.some((s) => s > 0);
  return !(job.options.step_schedule_start > 0);
}

/** Renders one artifact for one seed: text-to-image, then blended or inpainted into the init image. */
function renderArtifact(job: GenerationJob, seed: number, soften: boolean, keepInit: boolean): Rgba {
  const o = job.options;
  let out: Rgba;
  // Nothing below mutates its input, so the init raster itself can be encoded.
  if (job.init && keepInit) out = job.init;
  else {
    const size = job.init ? { width: job.init.width, height: job.init.height } : o;
    const generated = renderTextToImage({
      prompts: o.text_prompts,
      width: size.width,
      height: size.height,
      seed,
      steps: o.steps,
      cfgScale: o.cfg_scale,
      sampler: o.sampler,
      clipGuidancePreset: o.clip_guidance_preset,
      stylePreset: o.style_preset,
    });
    out = generated;
    if (job.init && job.maskStrength) out = inpaint(job.init, job.maskStrength, generated, seed);
    else if (job.init) out = blendImageToImage(job.init, generated, o.step_schedule_start);
  }
  return soften ? softenForContentFilter(out) : out;
}

/**
 * The shared tail of every image-making operation: one image per seed with the configured delay before
 * each, encoded as `format`, then the charge (`costPerImage` each), then the answer in the request's
 * dialect and Accept mode. A client that leaves mid-way stops the work and is not charged.
 */
export async function produceImages(
  ctx: RequestContext,
  seeds: readonly number[],
  finishReason: FinishReason,
  costPerImage: number,
  render: (seed: number) => Rgba | Promise<Rgba>,
  format: OutputImageFormat = 'png',
): Promise<void> {
  const artifacts: Artifact[] = [];
  ctx.state.activeGenerations++;
  try {
    for (const seed of seeds) {
      await abortableDelay(ctx.config.delayMs, ctx.signal);
      const bytes = await encodeImage(await render(seed), format);
      artifacts.push({ bytes, format, seed, finishReason });
    }
  } finally {
    ctx.state.activeGenerations--;
  }
  if (ctx.signal.aborted) throw new ClientGoneError();
  ctx.state.balance = chargeBalance(ctx.state.balance, costPerImage * artifacts.length);
  ctx.dialect.sendArtifacts(ctx.res, artifacts, ctx.accept);
}

/** How a rendered generation is charged and answered. */
export interface GenerationAnswer {
  /** One artifact per seed. */
  seeds: readonly number[];
  /** The content filter's soften verdict: blurred, `CONTENT_FILTERED`. */
  soften: boolean;
  costPerImage: number;
  format?: OutputImageFormat;
}

/**
 * Renders a validated job (text-to-image, or blended / inpainted into its init image) once per seed and
 * answers through produceImages. Every dialect's generations end here.
 */
export async function renderGeneration(
  ctx: RequestContext,
  job: GenerationJob,
  answer: GenerationAnswer,
): Promise<void> {
  const keepInit = keepsInit(job);
  await produceImages(
    ctx,
    answer.seeds,
    answer.soften ? 'CONTENT_FILTERED' : 'SUCCESS',
    answer.costPerImage,
    (seed) => renderArtifact(job, seed, answer.soften, keepInit),
    answer.format,
  );
}

/**
 * Every v1alpha and v1 generation ends here: content filter (a blocked word is a 400), then one image per
 * seed (counted within the dialect's seed range), charged by the documented cost rule.
 */
export async function runGeneration(ctx: RequestContext<V1xDialect>, job: GenerationJob): Promise<void> {
  const o = job.options;
  const verdict = checkPrompts(o.text_prompts, ctx.config.blockedWords, ctx.config.softenWords);
  if (verdict.kind === 'blocked') {
    throw badRequest(
      `text_prompts.${verdict.promptIndex}.text contains "${verdict.word}", which this engine does not accept`,
      'invalid_prompts',
    );
  }
  const width = job.init?.width ?? o.width;
  const height = job.init?.height ?? o.height;
  await renderGeneration(ctx, job, {
    seeds: artifactSeeds(o.seed, o.samples, undefined, ctx.dialect.rules.seedMax),
    soften: verdict.kind === 'soften',
    costPerImage: imageCost(width, height, o.steps),
  });
}
