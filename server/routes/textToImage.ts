import { readJsonBody } from '../http/readJsonBody.ts';
import { runGeneration } from '../generation/runGeneration.ts';
import type { RequestContext } from './RequestContext.ts';
import { validateOrThrow } from './validateOrThrow.ts';

/** POST /v1alpha/generation/{engine_id}/text-to-image (JSON body). */
export async function textToImage(ctx: RequestContext): Promise<void> {
  const body = await readJsonBody(ctx.req);
  const options = validateOrThrow(body, {
    mode: 'text-to-image',
    engineId: ctx.engineId,
    accept: ctx.accept,
  });
  await runGeneration(ctx, { options });
}
