import type { Route } from './routeTable.ts';
import type { RouteSpec } from './RequestContext.ts';
import { listEngines } from './engines.ts';
import { getAccount, getBalance } from './user.ts';
import { textToImage } from './textToImage.ts';
import { imageToImage, imageToImageMasking } from './imageToImage.ts';

const generation = (run: RouteSpec['run']): RouteSpec => ({ generation: true, run });
const plain = (run: RouteSpec['run']): RouteSpec => ({ generation: false, run });

/** Every endpoint the engine serves (shared/API.md, "Endpoints"). */
export const ROUTES: ReadonlyArray<Route<RouteSpec>> = [
  { method: 'GET', pattern: '/v1alpha/engines/list', handler: plain(listEngines) },
  { method: 'GET', pattern: '/v1alpha/user/account', handler: plain(getAccount) },
  { method: 'GET', pattern: '/v1alpha/user/balance', handler: plain(getBalance) },
  {
    method: 'POST',
    pattern: '/v1alpha/generation/:engine_id/text-to-image',
    handler: generation(textToImage),
  },
  {
    method: 'POST',
    pattern: '/v1alpha/generation/:engine_id/image-to-image',
    handler: generation(imageToImage),
  },
  {
    method: 'POST',
    pattern: '/v1alpha/generation/:engine_id/image-to-image/masking',
    handler: generation(imageToImageMasking),
  },
];
