import { runGeneration } from '../generation/runGeneration.ts';
import type { V1xDialect } from '../dialects/Dialect.ts';
import type { RequestContext } from '../routes/RequestContext.ts';
import { validateOrThrow } from './validateOrThrow.ts';

/** Text-to-image (v1alpha and v1: a JSON body). */
export async function textToImage(ctx: RequestContext<V1xDialect>): Promise<void> {
  const read = await ctx.dialect.readGeneration(ctx.req, 'text-to-image');
  const options = validateOrThrow(read.options, {
    mode: 'text-to-image',
    engineId: ctx.engineId,
    accept: ctx.accept,
    rules: ctx.dialect.rules,
  });
  await runGeneration(ctx, { options });
}
