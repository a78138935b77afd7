import type { V2betaDialect } from '../dialects/Dialect.ts';
import { readV2betaJob } from '../dialects/v2betaJob.ts';
import { outpaint, renderTextToImage, softenForContentFilter } from '../generation/pixels.ts';
import { produceImages } from '../generation/runGeneration.ts';
import type { RequestContext } from '../routes/RequestContext.ts';
import { generationOptions, seedOf } from './v2betaJobs.ts';

/**
 * Outpaint (v2beta edit/outpaint), an operation no earlier API had: the picture on a canvas grown by
 * left/right/up/down, the new border inpainted from its edges with the prompt's picture as texture
 * (`creativity` = how much of it). Output = input + extensions; the original pixels come back exactly.
 */
export async function outpaintEdit(ctx: RequestContext<V2betaDialect>): Promise<void> {
  const job = await readV2betaJob(ctx, 'edit/outpaint');
  const { request, image } = job;
  if (!image || !request.outpaint) throw new Error('outpaint: the job has no image or extents');
  const extents = request.outpaint;
  await produceImages(
    ctx,
    [seedOf(request)],
    job.soften ? 'CONTENT_FILTERED' : 'SUCCESS',
    request.credits,
    (seed) => {
      const o = generationOptions(request, seed);
      const generated = renderTextToImage({
        prompts: o.text_prompts,
        width: o.width,
        height: o.height,
        seed,
        steps: o.steps,
        cfgScale: o.cfg_scale,
        sampler: undefined,
        clipGuidancePreset: o.clip_guidance_preset,
        stylePreset: o.style_preset,
      });
      const out = outpaint(image, extents, generated, seed, request.creativity ?? 0.5);
      return job.soften ? softenForContentFilter(out) : out;
    },
    request.outputFormat,
  );
}
