import type { WireEngine } from '../../src/lib/api/index.ts';
import type { V1xDialect } from '../dialects/Dialect.ts';
import type { RequestContext } from '../routes/RequestContext.ts';

/** The engine list: the dialect's generation engines, then its upscale engines, in its body shape. */
export async function listEngines(ctx: RequestContext<V1xDialect>): Promise<void> {
  const { dialect } = ctx;
  const engines: WireEngine[] = [...dialect.engines, ...dialect.upscaleEngines].map((e) => ({
    id: e.id,
    name: e.name,
    description: e.description,
    type: 'PICTURE',
  }));
  dialect.sendEngines(ctx.res, engines);
}
