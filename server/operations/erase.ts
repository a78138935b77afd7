import type { V2betaDialect } from '../dialects/Dialect.ts';
import { readV2betaJob } from '../dialects/v2betaJob.ts';
import { erase } from '../generation/pixels.ts';
import { produceImages } from '../generation/runGeneration.ts';
import type { RequestContext } from '../routes/RequestContext.ts';
import { repaintStrength, seedOf } from './v2betaJobs.ts';

/**
 * Erase (v2beta edit/erase), an operation no earlier API had: what the mask (or the image's transparency)
 * covers, grown by grow_mask, is filled with the surrounding content — no prompt, nothing generated.
 * Output = the input's size.
 */
export async function eraseEdit(ctx: RequestContext<V2betaDialect>): Promise<void> {
  const job = await readV2betaJob(ctx, 'edit/erase');
  const { request, image } = job;
  if (!image) throw new Error('erase: the job has no image');
  const strength = await repaintStrength(job, image);
  await produceImages(
    ctx,
    [seedOf(request)],
    'SUCCESS',
    request.credits,
    (seed) => erase(image, strength, seed),
    request.outputFormat,
  );
}
