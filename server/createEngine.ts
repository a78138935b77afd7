import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AcceptMode } from '../src/lib/api/index.ts';
import type { EngineConfig } from './config.ts';
import type { Dialect, V1xDialect } from './dialects/Dialect.ts';
import { dialectForPath } from './dialects/index.ts';
import { allowedOrigin, applyCorsHeaders, sendPreflight } from './http/cors.ts';
import { badRequest, EngineError } from './http/EngineError.ts';
import { ClientGoneError } from './http/readBody.ts';
import { describeFailure } from './http/describeFailure.ts';
import { quoteClientValue } from './http/quoteClientValue.ts';
import { applyEngineSecurityHeaders } from './http/securityHeaders.ts';
import { goaErrorAnswer, sendThrown, type ErrorWriter } from './http/sendError.ts';
import { LOCAL_ACCOUNT } from './operations/user.ts';
import { matchRoute, type Route } from './routes/routeTable.ts';
import { RateLimiter } from './generation/rateLimiter.ts';
import { ROUTES } from './routes/routes.ts';
import type { EngineState, Operation, RequestContext, RouteSpec } from './routes/RequestContext.ts';

/** A running engine: a connect-style handler plus its live state. */
export interface Engine {
  /** Handles one request. Paths outside every API (/v1alpha, /v1, /v2beta) go to `next` when given, else get a 404. */
  handle(req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void): void;
  readonly config: Readonly<EngineConfig>;
  readonly state: EngineState;
}

/**
 * Whether a URL path belongs to the engine: it lies under one of the dialects' prefixes (`/v1alpha`, `/v1`,
 * and whatever dialect is added). Everything else is the host app's, e.g. Vite's.
 */
export function isEnginePath(path: string): boolean {
  return dialectForPath(path) !== undefined;
}

function pathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const q = raw.indexOf('?');
  return q >= 0 ? raw.slice(0, q) : raw;
}

/**
 * The key check (and, where the API has one, the Organization check); returns the key. v1alpha and v1 run it
 * before their handler, v2beta once the body's fields are valid. Node keeps only the first of repeated
 * Authorization headers and joins repeated Organization headers, so both are read from `headersDistinct`:
 * two credentials are ambiguous and refused, not resolved by order.
 */
function checkAccess(req: IncomingMessage, config: EngineConfig, dialect: Dialect): string {
  const auth = req.headersDistinct['authorization'] ?? [];
  if (auth.length > 1) throw new EngineError('unauthorized', dialect.authMessages.ambiguous);
  const key = dialect.readKey(auth[0]);
  if (key === null || !config.keys.includes(key)) {
    throw new EngineError('unauthorized', dialect.authMessages.missing);
  }
  const orgs = req.headersDistinct['organization'];
  if (orgs === undefined || !dialect.checksOrganization) return key;
  if (orgs.length > 1) {
    throw new EngineError('permission_denied', 'Send at most one Organization header');
  }
  const id = (orgs[0] ?? '').trim();
  if (!LOCAL_ACCOUNT.organizations.some((o) => o.id === id)) {
    throw new EngineError(
      'permission_denied',
      `Organization ${quoteClientValue(id)} is not one of this account's organizations`,
    );
  }
  return key;
}

/**
 * The engine id of a route that names one, checked against the dialect's engines for the operation:
 * unknown → 404; a known engine that cannot do this (an upscaler asked to generate, or the reverse) → 400
 * saying which engines can.
 */
function checkEngine(engineId: string, dialect: V1xDialect, operation: Operation): void {
  const generates = dialect.engines.some((e) => e.id === engineId);
  const upscales = dialect.upscaleEngines.some((e) => e.id === engineId);
  if (!generates && !upscales)
    throw new EngineError('not_found', `Unknown engine ${quoteClientValue(engineId)}`);
  if (operation.engine === 'generation' && !generates) {
    throw badRequest(
      `${engineId} is an upscale engine: it only takes ${dialect.prefix}/generation/${engineId}/image-to-image/upscale`,
    );
  }
  if (operation.engine === 'upscale' && !upscales) {
    const ids = dialect.upscaleEngines.map((e) => e.id).join(', ');
    throw badRequest(`${engineId} cannot upscale: upscale with ${ids}`);
  }
}

/** Socket-level codes that mean the client went away: nobody to answer, nothing of ours to log. */
const GONE_CODES = new Set(['ECONNRESET', 'EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_PREMATURE_CLOSE']);

function isClientGone(err: unknown): boolean {
  if (err instanceof ClientGoneError) return true;
  const code = err instanceof Error ? (err as NodeJS.ErrnoException).code : undefined;
  return code !== undefined && GONE_CODES.has(code);
}

/**
 * Creates the engine: routing, checks and error handling around the route handlers. `routes` is the
 * route table (ROUTES); tests pass their own to exercise the error handling with handlers that misbehave.
 */
export function createEngine(config: EngineConfig, routes: ReadonlyArray<Route<RouteSpec>> = ROUTES): Engine {
  const state: EngineState = {
    balance: config.balance,
    activeGenerations: 0,
    rateLimiter: new RateLimiter({
      limit: config.rateLimit,
      windowMs: config.rateWindowMs,
      lockoutMs: config.rateLockoutMs,
    }),
  };

  async function serve(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    dialect: Dialect,
  ): Promise<void> {
    // Node refuses this itself with an empty 400 unless told not to (startEngine does, for the goa body).
    if (req.httpVersion === '1.1' && req.headers.host === undefined) {
      throw new EngineError('bad_request', 'malformed HTTP request: an HTTP/1.1 request needs a Host header');
    }
    const origin = allowedOrigin(req, config.corsOrigins);
    if (origin) applyCorsHeaders(res, origin, dialect.corsExposeHeaders);
    const method = (req.method ?? 'GET').toUpperCase();

    if (method === 'OPTIONS') {
      // A preflight carries no key; it only needs a served path (under any method) and an allowed origin.
      if (matchRoute(routes, 'GET', path).kind === 'none')
        throw new EngineError('not_found', `No route ${quoteClientValue(path)}`);
      if (!origin) throw new EngineError('permission_denied', 'This origin may not call the engine (CORS)');
      sendPreflight(res, origin, dialect.corsAllowHeaders, dialect.corsExposeHeaders);
      return;
    }
    const match = matchRoute(routes, method, path);
    if (match.kind === 'none') {
      throw new EngineError('not_found', `No route ${quoteClientValue(method)} ${quoteClientValue(path)}`);
    }
    if (match.kind === 'wrong-method') {
      throw new EngineError(
        'method_not_allowed',
        `${quoteClientValue(path)} does not accept ${quoteClientValue(method)}`,
        {
          Allow: [...match.allowed, 'OPTIONS'].join(', '),
        },
      );
    }
    // The route's own dialect from here on (it is the path's: the route's pattern starts with its prefix).
    const { operation, dialect: routeDialect } = match.route.handler;
    const authorize = (): string => checkAccess(req, config, routeDialect);

    let engineId = '';
    let accept: AcceptMode = 'application/json';
    if (routeDialect.kind === 'v1x') {
      // v1alpha and v1: key → Organization → engine id → Accept, all before the body.
      authorize();
      if (operation.engine) {
        engineId = match.params['engine_id'] ?? '';
        checkEngine(engineId, routeDialect, operation);
        const parsed = routeDialect.parseAccept(req.headers.accept);
        if (!parsed) throw new EngineError('bad_request', routeDialect.acceptError);
        accept = parsed;
      }
    } else {
      // v2beta: every route answers an image, Accept never refuses, and the key waits for the body (§10).
      accept = routeDialect.parseAccept(req.headers.accept) ?? 'image/png';
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
      dialect: routeDialect,
      accept,
      engineId,
      signal: abort.signal,
      authorize,
    };
    await operation.run(ctx);
  }

  /**
   * Answers a request whose handling failed. Expected failures (EngineError) go to the client as they are;
   * anything else becomes a 500 `fault` and one log line. `logged` holds the requests already reported, so
   * a request failing in several places (a throw, then its response's 'error' event) is logged once.
   */
  const logged = new WeakSet<IncomingMessage>();
  function fail(req: IncomingMessage, res: ServerResponse, err: unknown, write: ErrorWriter): void {
    try {
      if (isClientGone(err)) {
        if (!res.destroyed) res.destroy();
        return;
      }
      // A failed request may leave body bytes unread; drain them so keep-alive clients see the answer.
      if (!req.complete && !req.destroyed) req.resume();
      const id = sendThrown(res, err, write);
      if (!(err instanceof EngineError) && !logged.has(req)) {
        logged.add(req);
        console.error(describeFailure(req, err, id));
      }
    } catch (last: unknown) {
      // Nothing in here is expected to throw; if it does, the connection goes, never the process.
      res.destroy();
      if (!logged.has(req)) {
        logged.add(req);
        console.error(describeFailure(req, last, null));
      }
    }
  }

  function handle(req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void): void {
    try {
      const path = pathOf(req.url);
      const dialect = dialectForPath(path);
      if (!dialect) {
        if (next) next();
        else {
          applyEngineSecurityHeaders(res);
          sendThrown(res, new EngineError('not_found', `No route ${quoteClientValue(path)}`));
        }
        return;
      }
      applyEngineSecurityHeaders(res);
      dialect.beginAnswer?.(res);
      // Every error under a dialect's prefix, a 404 or 405 included, is written in that dialect's shape.
      const write = dialect.errorAnswer;
      // An 'error' on the response (a write after end, a socket fault while writing) must not be an
      // unhandled event: that would exit the process for one request's sake.
      res.on('error', (err) => fail(req, res, err, write));
      serve(req, res, path, dialect).catch((err: unknown) => fail(req, res, err, write));
    } catch (err) {
      fail(req, res, err, goaErrorAnswer);
    }
  }

  return { handle, config, state };
}
