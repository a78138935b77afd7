import type { Dialect, V1xDialect, V2betaDialect } from '../dialects/Dialect.ts';
import { v1 } from '../dialects/v1.ts';
import { v1alpha } from '../dialects/v1alpha.ts';
import { v2beta } from '../dialects/v2beta.ts';
import { listEngines } from '../operations/engines.ts';
import { eraseEdit } from '../operations/erase.ts';
import { imageToImage, imageToImageMasking } from '../operations/imageToImage.ts';
import { outpaintEdit } from '../operations/outpaint.ts';
import { generate, inpaintEdit, upscaleTo } from '../operations/stableImage.ts';
import { textToImage } from '../operations/textToImage.ts';
import { upscale } from '../operations/upscale.ts';
import { getAccount, getBalance } from '../operations/user.ts';
import type { Method, Route } from './routeTable.ts';
import type { Operation, RouteSpec } from './RequestContext.ts';

/** The operations of v1alpha and v1, one handler each, shared by both. */
const V1X_OPERATIONS = {
  'engines-list': { engine: null, run: listEngines },
  account: { engine: null, run: getAccount },
  balance: { engine: null, run: getBalance },
  'text-to-image': { engine: 'generation', run: textToImage },
  'image-to-image': { engine: 'generation', run: imageToImage },
  masking: { engine: 'generation', run: imageToImageMasking },
  upscale: { engine: 'upscale', run: upscale },
} as const satisfies Record<string, Operation<V1xDialect>>;

/**
 * The Stable Image API's endpoints: the same rendering, masking and upscaling as above (the v2beta reader
 * fills the shared job), plus the two operations no earlier API had, outpaint and erase.
 */
const V2BETA_OPERATIONS = {
  'generate/ultra': { engine: null, run: generate('generate/ultra') },
  'generate/core': { engine: null, run: generate('generate/core') },
  'generate/sd3': { engine: null, run: generate('generate/sd3') },
  'edit/inpaint': { engine: null, run: inpaintEdit },
  'edit/outpaint': { engine: null, run: outpaintEdit },
  'edit/erase': { engine: null, run: eraseEdit },
  'upscale/fast': { engine: null, run: upscaleTo('upscale/fast') },
  'upscale/conservative': { engine: null, run: upscaleTo('upscale/conservative') },
} as const satisfies Record<string, Operation<V2betaDialect>>;

/**
 * One row of the table: the dialect, the method and path under its prefix, the operation — bound to that
 * dialect, so an operation written for one API's dialect is only ever run with it.
 */
function route<D extends Dialect>(
  dialect: D,
  method: Method,
  path: string,
  operation: Operation<D>,
): Route<RouteSpec> {
  return {
    method,
    pattern: `${dialect.prefix}${path}`,
    handler: {
      dialect,
      operation: { engine: operation.engine, run: (ctx) => operation.run({ ...ctx, dialect }) },
    },
  };
}

/** The endpoints v1alpha and v1 share (the same paths under each prefix). */
function v1xRoutes(dialect: V1xDialect): Array<Route<RouteSpec>> {
  const o = V1X_OPERATIONS;
  return [
    route(dialect, 'GET', '/engines/list', o['engines-list']),
    route(dialect, 'GET', '/user/account', o.account),
    route(dialect, 'GET', '/user/balance', o.balance),
    route(dialect, 'POST', '/generation/:engine_id/text-to-image', o['text-to-image']),
    route(dialect, 'POST', '/generation/:engine_id/image-to-image', o['image-to-image']),
    route(dialect, 'POST', '/generation/:engine_id/image-to-image/masking', o.masking),
  ];
}

/** Every endpoint the engine serves (shared/API.md "Endpoints" and §v1; shared/API-v2beta.md §4.1–4.9). */
export const ROUTES: ReadonlyArray<Route<RouteSpec>> = [
  ...v1xRoutes(v1alpha),
  ...v1xRoutes(v1),
  route(v1, 'POST', '/generation/:engine_id/image-to-image/upscale', V1X_OPERATIONS.upscale),
  ...Object.entries(V2BETA_OPERATIONS).map(([endpoint, operation]) =>
    route(v2beta, 'POST', `/stable-image/${endpoint}`, operation),
  ),
];
