import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * `npm run screenshots`: regenerates the README's pictures (docs/screenshots/) by driving the studio and
 * its local engine as the e2e suite does, at the suite's 1440×900. Only `*.shots.ts` files; one server.
 */
export default defineConfig({
  ...base,
  testMatch: '**/*.shots.ts',
  workers: 1,
  webServer: Array.isArray(base.webServer) ? base.webServer.slice(0, 1) : base.webServer,
});
