import type { V2betaEndpoint } from '../../src/lib/api/index.ts';
import type { V2betaDialect } from '../dialects/Dialect.ts';
import { readV2betaJob } from '../dialects/v2betaJob.ts';
import { refineUpscale, softenForContentFilter, upscaleImage } from '../generation/pixels.ts';
import { produceImages, renderGeneration } from '../generation/runGeneration.ts';
import type { RequestContext } from '../routes/RequestContext.ts';
import { answerOf, generationOptions, repaintStrength, resized, seedOf } from './v2betaJobs.ts';

type V2betaContext = RequestContext<V2betaDialect>;

/**
 * v2beta generate/ultra, /core and /sd3: the shared text-to-image render, or with an `image` the shared
 * image-to-image blend (the image resized to the output first, `strength` = the share generated).
 */
export function generate(endpoint: 'generate/ultra' | 'generate/core' | 'generate/sd3') {
  return async (ctx: V2betaContext): Promise<void> => {
    const job = await readV2betaJob(ctx, endpoint);
    const seed = seedOf(job.request);
    const init = job.image ? await resized(job.image, job.request.output) : undefined;
    await renderGeneration(ctx, { options: generationOptions(job.request, seed), init }, answerOf(job, seed));
  };
}

/** v2beta edit/inpaint: the shared masking render, its strength from the mask (or alpha) grown by grow_mask. */
export async function inpaintEdit(ctx: V2betaContext): Promise<void> {
  const job = await readV2betaJob(ctx, 'edit/inpaint');
  const image = job.image;
  if (!image) throw new Error('inpaint: the job has no image');
  const seed = seedOf(job.request);
  const maskStrength = await repaintStrength(job, image);
  await renderGeneration(
    ctx,
    { options: generationOptions(job.request, seed), init: image, maskStrength },
    answerOf(job, seed),
  );
}

/**
 * v2beta upscale/fast (×4, no seed involved: the answer's seed is 0, as v1's upscale) and
 * upscale/conservative (to ~4 MP, then refineUpscale's creativity-driven detail): the shared Lanczos resize.
 */
export function upscaleTo(endpoint: Extract<V2betaEndpoint, `upscale/${string}`>) {
  return async (ctx: V2betaContext): Promise<void> => {
    const job = await readV2betaJob(ctx, endpoint);
    const { request, image } = job;
    if (!image) throw new Error('upscale: the job has no image');
    const conservative = endpoint === 'upscale/conservative';
    const seed = conservative ? seedOf(request) : 0;
    await produceImages(
      ctx,
      [seed],
      job.soften ? 'CONTENT_FILTERED' : 'SUCCESS',
      request.credits,
      async () => {
        const big = await upscaleImage(image, request.output.width, request.output.height);
        if (!conservative) return big;
        const refined = refineUpscale(big, seed, request.creativity ?? 0.35);
        return job.soften ? softenForContentFilter(refined) : refined;
      },
      request.outputFormat,
    );
  };
}
