import { runGeneration } from '../generation/runGeneration.ts';
import type { V1xDialect } from '../dialects/Dialect.ts';
import type { RequestContext } from '../routes/RequestContext.ts';
import { readImageJob } from './readImageJob.ts';

/** Image-to-image (v1alpha: init_image + options; v1: init_image + flattened fields). */
export async function imageToImage(ctx: RequestContext<V1xDialect>): Promise<void> {
  await runGeneration(ctx, await readImageJob(ctx, 'image-to-image'));
}

/** Masking (as image-to-image, with mask_source and an optional mask_image). */
export async function imageToImageMasking(ctx: RequestContext<V1xDialect>): Promise<void> {
  await runGeneration(ctx, await readImageJob(ctx, 'masking'));
}
