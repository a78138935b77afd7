import { runGeneration } from '../generation/runGeneration.ts';
import type { RequestContext } from './RequestContext.ts';
import { readImageJob } from './readImageJob.ts';

/** POST /v1alpha/generation/{engine_id}/image-to-image (multipart: init_image, options). */
export async function imageToImage(ctx: RequestContext): Promise<void> {
  await runGeneration(ctx, await readImageJob(ctx, 'image-to-image'));
}

/** POST /v1alpha/generation/{engine_id}/image-to-image/masking (multipart: init_image, mask_image?, options). */
export async function imageToImageMasking(ctx: RequestContext): Promise<void> {
  await runGeneration(ctx, await readImageJob(ctx, 'masking'));
}
