import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveEngineConfig, type EngineConfig } from './config.ts';
import { createEngine, type Engine } from './createEngine.ts';
import { answerClientErrors } from './http/answerClientErrors.ts';

/** A standalone engine server. */
export interface RunningEngine {
  /** Base URL, e.g. `http://127.0.0.1:7860` (no trailing slash). */
  url: string;
  close(): Promise<void>;
  engine: Engine;
}

/**
 * Starts the engine on its own HTTP server. Config = defaults ← GESSO_* env vars ← `overrides`;
 * `port: 0` picks an ephemeral port (tests).
 */
export function startEngine(overrides: Partial<EngineConfig> = {}): Promise<RunningEngine> {
  const config = resolveEngineConfig(process.env, overrides);
  const engine = createEngine(config);
  // The engine answers a missing Host itself, with a goa body, rather than Node with an empty one.
  const server = createServer({ requireHostHeader: false }, (req, res) => engine.handle(req, res));
  // Multipart uploads of ~25 MiB on a slow link must not be cut by Node's default request timeout.
  server.requestTimeout = 120_000;
  answerClientErrors(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const host = config.host.includes(':') ? `[${config.host}]` : config.host;
      resolve({
        url: `http://${host}:${port}`,
        engine,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
