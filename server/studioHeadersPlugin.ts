import { randomBytes } from 'node:crypto';
import type { Connect, Plugin } from 'vite';
import { CONNECT_SRC_ENV, parseConnectSources, studioSecurityHeaders } from './studioHeaders.ts';

/**
 * Sends the studio's security headers (studioHeaders.ts) on every response of Vite's dev and preview
 * servers. The middleware goes first in the stack, ahead of Vite's host check, CORS and the mounted engine,
 * so 403s, preflights, 404s and engine answers carry the headers too; a handler that sets one of them
 * itself (the engine's own policy for its JSON) still wins, since it writes later.
 *
 * Extra `connect-src` origins come from GESSO_CONNECT_SRC (`npm start -- --connect-src` sets it), read
 * when a server starts so a bad value stops it with its message.
 *
 * The dev server differs in one point: Vite writes an inline React Refresh preamble into index.html and its
 * HMR client injects CSS as <style> elements, so a nonce (random per server start, given to Vite as
 * `html.cspNonce`, which puts it on those tags) is added to script-src and style-src. Production has no
 * inline code and gets no nonce.
 */
export function studioHeadersPlugin(env: NodeJS.ProcessEnv = process.env): Plugin {
  let nonce: string | undefined;
  const mount = (app: Connect.Server): void => {
    const headers = studioSecurityHeaders({
      extraConnectSources: parseConnectSources(env[CONNECT_SRC_ENV] ?? ''),
      nonce,
    });
    const setHeaders: Connect.NextHandleFunction = (_req, res, next) => {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      next();
    };
    app.stack.unshift({ route: '', handle: setHeaders });
  };
  return {
    name: 'gesso-studio-headers',
    config(_config, { command, isPreview }) {
      if (command !== 'serve' || isPreview) return;
      nonce = randomBytes(18).toString('base64');
      return { html: { cspNonce: nonce } };
    },
    configureServer(server) {
      mount(server.middlewares);
    },
    configurePreviewServer(server) {
      mount(server.middlewares);
    },
  };
}
