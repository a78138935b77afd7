/** Env vars through which scripts/test.ts hands free ports to playwright.config.ts. */
export const E2E_PORT_ENV = 'GESSO_E2E_PORT';
/** Port of the second studio, whose engine waits before answering (cancel and progress tests). */
export const E2E_SLOW_PORT_ENV = 'GESSO_E2E_SLOW_PORT';

/** Engine delay per image on the slow server: long enough to click Cancel, short enough for a finishing run. */
export const SLOW_ENGINE_DELAY_MS = 4000;
