import { Server } from 'node:http';
import type { Connect, Plugin } from 'vite';
import { resolveEngineConfig, type EngineConfig } from './config.ts';
import { createEngine, isEnginePath, type Engine } from './createEngine.ts';
import { answerClientErrors } from './http/answerClientErrors.ts';

/**
 * Puts `fn` just before Vite's own CORS middleware, so preflights for the engine's paths get its answer
 * (its origins, allowed and exposed headers) rather than Vite's generic one. Only preflights go there:
 * real requests stay behind Vite's host validation, which guards the public dev key against DNS rebinding.
 */
function mountBeforeViteCors(app: Connect.Server, fn: Connect.NextHandleFunction): void {
  const at = app.stack.findIndex(
    (item) => typeof item.handle === 'function' && item.handle.name === 'corsMiddleware',
  );
  if (at >= 0) app.stack.splice(at, 0, { route: '', handle: fn });
  else app.use(fn);
}

/**
 * Mounts the local engine inside Vite's dev and preview servers under every API's prefix (/v1alpha, /v1, /v2beta:
 * `isEnginePath`), so the studio and the APIs share an origin. Other paths pass through to Vite untouched.
 * Config = defaults ← GESSO_* env vars ← `overrides` (host/port are Vite's own, so they are unused here).
 */
export function gessoEngine(overrides: Partial<EngineConfig> = {}): Plugin {
  // One engine for the plugin's lifetime, created when a server starts so a bad GESSO_* value stops
  // `vite` at startup with its message, while merely importing vite.config.ts never throws.
  let engine: Engine | undefined;
  const getEngine = (): Engine => (engine ??= createEngine(resolveEngineConfig(process.env, overrides)));
  const pathOf = (req: Connect.IncomingMessage): string => (req.url ?? '/').split('?')[0] ?? '/';

  const preflight: Connect.NextHandleFunction = (req, res, next) => {
    if (req.method === 'OPTIONS' && isEnginePath(pathOf(req))) getEngine().handle(req, res, next);
    else next();
  };
  const api: Connect.NextHandleFunction = (req, res, next) => {
    if (isEnginePath(pathOf(req))) getEngine().handle(req, res, next);
    else next();
  };
  const mount = (app: Connect.Server, httpServer: unknown): void => {
    getEngine();
    mountBeforeViteCors(app, preflight);
    app.use(api);
    // Requests Node's parser refuses never reach a middleware; answer those with goa bodies too. Only a
    // plain HTTP server has that event in this form (not Vite's HTTP/2 server, nor middleware mode's null).
    if (httpServer instanceof Server) answerClientErrors(httpServer);
  };
  return {
    name: 'gesso-engine',
    configureServer(server) {
      mount(server.middlewares, server.httpServer);
    },
    configurePreviewServer(server) {
      mount(server.middlewares, server.httpServer);
    },
  };
}
