import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findInstalledChromium } from './scripts/chromium';
import { CHROMIUM_ENV } from './scripts/findBrowser';
import { E2E_PORT_ENV, E2E_SLOW_PORT_ENV, SLOW_ENGINE_DELAY_MS } from './scripts/e2eEnv';
import { findFreePortSync } from './scripts/freePort';

/**
 * The e2e suite drives real Chromium against the production build served by scripts/start.ts, engine
 * included. Two servers: the normal one, and a second whose engine waits SLOW_ENGINE_DELAY_MS per image
 * so Cancel and the elapsed-time display can be exercised with the engine's real, documented delay.
 *
 * Ports come from scripts/test.ts. Run directly (`npx playwright test`), this file picks them itself and
 * stores them in process.env, which the worker processes inherit, so every process agrees on them.
 */
process.env[E2E_PORT_ENV] ??= String(findFreePortSync());
process.env[E2E_SLOW_PORT_ENV] ??= String(findFreePortSync());
const port = Number(process.env[E2E_PORT_ENV]);
const slowPort = Number(process.env[E2E_SLOW_PORT_ENV]);

function chromiumPath(): string {
  return process.env[CHROMIUM_ENV] ?? findInstalledChromium() ?? '/usr/bin/chromium';
}

/** A first run may build the studio inside the web server command; give it time on a 2-core machine. */
const SERVER_START_TIMEOUT_MS = 240_000;

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The machine has 2 cores; Chromium, the server and the engine share them.
  workers: 2,
  reporter: 'list',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      name: 'studio',
      command: `npx tsx scripts/start.ts --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: SERVER_START_TIMEOUT_MS,
      stdout: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
    },
    {
      // Started after the first, which has built dist/ if it needed to; --no-build keeps the two from racing.
      name: 'slow-studio',
      command: `npx tsx scripts/start.ts --port ${slowPort} --no-build`,
      url: `http://127.0.0.1:${slowPort}/`,
      env: { GESSO_ENGINE_DELAY_MS: String(SLOW_ENGINE_DELAY_MS) },
      reuseExistingServer: false,
      timeout: SERVER_START_TIMEOUT_MS,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
    },
  ],
});
