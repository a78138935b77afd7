import { ENGINE_CATALOGUE, type WireEnginesResponse } from '../../src/lib/api/index.ts';
import { sendJson } from '../http/sendJson.ts';
import type { RequestContext } from './RequestContext.ts';

/** GET /v1alpha/engines/list: the catalogue of shared/API.md. */
export async function listEngines(ctx: RequestContext): Promise<void> {
  const body: WireEnginesResponse = {
    engines: ENGINE_CATALOGUE.map((e) => ({
      id: e.id,
      name: e.name,
      description: e.description,
      type: 'PICTURE',
    })),
  };
  sendJson(ctx.res, body);
}
