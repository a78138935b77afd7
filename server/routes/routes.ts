import type { Dialect } from '../dialects/Dialect.ts';
import { v1 } from '../dialects/v1.ts';
import { v1alpha } from '../dialects/v1alpha.ts';
import { listEngines } from '../operations/engines.ts';
import { imageToImage, imageToImageMasking } from '../operations/imageToImage.ts';
import { textToImage } from '../operations/textToImage.ts';
import { upscale } from '../operations/upscale.ts';
import { getAccount, getBalance } from '../operations/user.ts';
import type { Method, Route } from './routeTable.ts';
import type { Operation, RouteSpec } from './RequestContext.ts';

/** The operations, one handler each, shared by every dialect. */
const OPERATIONS = {
  'engines-list': { engine: null, run: listEngines },
  account: { engine: null, run: getAccount },
  balance: { engine: null, run: getBalance },
  'text-to-image': { engine: 'generation', run: textToImage },
  'image-to-image': { engine: 'generation', run: imageToImage },
  masking: { engine: 'generation', run: imageToImageMasking },
  upscale: { engine: 'upscale', run: upscale },
} as const satisfies Record<string, Operation>;

type OperationName = keyof typeof OPERATIONS;

/** One row of the table: the dialect, the method and path under its prefix, the operation. */
function route(dialect: Dialect, method: Method, path: string, operation: OperationName): Route<RouteSpec> {
  return {
    method,
    pattern: `${dialect.prefix}${path}`,
    handler: { dialect, operation: OPERATIONS[operation] },
  };
}

/** The endpoints v1alpha and v1 share (the same paths under each prefix). */
function v1xRoutes(dialect: Dialect): Array<Route<RouteSpec>> {
  return [
    route(dialect, 'GET', '/engines/list', 'engines-list'),
    route(dialect, 'GET', '/user/account', 'account'),
    route(dialect, 'GET', '/user/balance', 'balance'),
    route(dialect, 'POST', '/generation/:engine_id/text-to-image', 'text-to-image'),
    route(dialect, 'POST', '/generation/:engine_id/image-to-image', 'image-to-image'),
    route(dialect, 'POST', '/generation/:engine_id/image-to-image/masking', 'masking'),
  ];
}

/** Every endpoint the engine serves (shared/API.md, "Endpoints", and §v1 "Endpoints"). */
export const ROUTES: ReadonlyArray<Route<RouteSpec>> = [
  ...v1xRoutes(v1alpha),
  ...v1xRoutes(v1),
  route(v1, 'POST', '/generation/:engine_id/image-to-image/upscale', 'upscale'),
];
