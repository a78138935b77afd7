import type { Connect, Plugin } from 'vite';
import { resolveEngineConfig, type EngineConfig } from './config.ts';
import { createEngine, isEnginePath } from './createEngine.ts';

/**
 * Mounts the local engine inside Vite's dev and preview servers under /v1alpha, so the studio and the API
 * share an origin. Other paths (and their preflights) pass through to Vite untouched.
 * Config = defaults ← GESSO_* env vars ← `overrides` (host/port are Vite's own, so they are ignored here).
 */
export function gessoEngine(overrides: Partial<EngineConfig> = {}): Plugin {
  // One engine for the plugin's lifetime: dev and preview share its balance within a process.
  let engine: ReturnType<typeof createEngine> | undefined;
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (!isEnginePath(path)) {
      next();
      return;
    }
    engine ??= createEngine(resolveEngineConfig(process.env, overrides));
    engine.handle(req, res, next);
  };
  return {
    name: 'gesso-engine',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}
