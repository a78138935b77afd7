import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_VERSION_PREFIX, findCatalogueEngine, type AcceptMode } from '../src/lib/api/index.ts';
import type { EngineConfig } from './config.ts';
import { parseAccept } from './http/accept.ts';
import { isAuthorized } from './http/auth.ts';
import { allowedOrigin, applyCorsHeaders, sendPreflight } from './http/cors.ts';
import { EngineError } from './http/EngineError.ts';
import { ClientGoneError } from './http/readBody.ts';
import { sendThrown } from './http/sendError.ts';
import { matchRoute } from './routes/routeTable.ts';
import { ROUTES } from './routes/routes.ts';
import type { EngineState, RequestContext } from './routes/RequestContext.ts';
import { LOCAL_ACCOUNT } from './routes/user.ts';

/** A running engine: a connect-style handler plus its live state. */
export interface Engine {
  /** Handles one request. Paths outside /v1alpha go to `next` when given, else get a 404. */
  handle(req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void): void;
  readonly config: Readonly<EngineConfig>;
  readonly state: EngineState;
}

/** Whether a URL path belongs to the engine (everything else is the host app's, e.g. Vite's). */
export function isEnginePath(path: string): boolean {
  return path === API_VERSION_PREFIX || path.startsWith(`${API_VERSION_PREFIX}/`);
}

function pathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const q = raw.indexOf('?');
  return q >= 0 ? raw.slice(0, q) : raw;
}

/** The checks every request passes before its handler, in the decided order (route match comes first). */
function checkAccess(req: IncomingMessage, config: EngineConfig): void {
  if (!isAuthorized(req.headers.authorization, config.keys)) {
    throw new EngineError('unauthorized', 'Missing or invalid API key: send it in the Authorization header');
  }
  const org = req.headers.organization;
  if (org !== undefined) {
    const id = (Array.isArray(org) ? (org[0] ?? '') : org).trim();
    if (!LOCAL_ACCOUNT.organizations.some((o) => o.id === id)) {
      throw new EngineError(
        'permission_denied',
        `Organization "${id}" is not one of this account's organizations`,
      );
    }
  }
}

/** Creates the engine: routing, checks and error handling around the route handlers. */
export function createEngine(config: EngineConfig): Engine {
  const state: EngineState = { balance: config.balance, activeGenerations: 0 };

  async function serve(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const origin = allowedOrigin(req, config.corsOrigins);
    if (origin) applyCorsHeaders(res, origin);
    const method = (req.method ?? 'GET').toUpperCase();

    if (method === 'OPTIONS') {
      // A preflight carries no key; it only needs a served path (under any method) and an allowed origin.
      if (matchRoute(ROUTES, 'GET', path).kind === 'none')
        throw new EngineError('not_found', `No route ${path}`);
      if (!origin) throw new EngineError('permission_denied', 'This origin may not call the engine (CORS)');
      sendPreflight(res, origin);
      return;
    }
    const match = matchRoute(ROUTES, method, path);
    if (match.kind === 'none') throw new EngineError('not_found', `No route ${method} ${path}`);
    if (match.kind === 'wrong-method') {
      throw new EngineError('method_not_allowed', `${path} does not accept ${method}`, {
        Allow: [...match.allowed, 'OPTIONS'].join(', '),
      });
    }
    checkAccess(req, config);

    const spec = match.route.handler;
    let engineId = '';
    let accept: AcceptMode = 'application/json';
    if (spec.generation) {
      engineId = match.params['engine_id'] ?? '';
      if (!findCatalogueEngine(engineId)) throw new EngineError('not_found', `Unknown engine "${engineId}"`);
      const parsed = parseAccept(req.headers.accept);
      if (!parsed) {
        throw new EngineError('bad_request', 'Accept must be application/json or image/png');
      }
      accept = parsed;
    }

    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    const ctx: RequestContext = {
      req,
      res,
      params: match.params,
      config,
      state,
      accept,
      engineId,
      signal: abort.signal,
    };
    await spec.run(ctx);
  }

  function handle(req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void): void {
    const path = pathOf(req.url);
    if (!isEnginePath(path)) {
      if (next) next();
      else sendThrown(res, new EngineError('not_found', `No route ${path}`));
      return;
    }
    serve(req, res, path).catch((err: unknown) => {
      if (err instanceof ClientGoneError) {
        if (!res.destroyed) res.destroy();
        return;
      }
      if (!(err instanceof EngineError)) console.error('[gesso engine] internal error:', err);
      // A failed request may leave body bytes unread; drain them so keep-alive clients see the answer.
      if (!req.complete) req.resume();
      sendThrown(res, err);
    });
  }

  return { handle, config, state };
}
