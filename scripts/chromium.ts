import { chromium } from '@playwright/test';
import { decideBrowser, probeBrowsers } from './findBrowser';

/**
 * Flags for Chromium on these machines: no sandbox (runs as root), software rendering, and none of the
 * background connections a closed network refuses at every start.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Playwright's own Chromium when `npx playwright install` put it on disk; undefined otherwise. */
export function playwrightChromiumPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** The Chromium to drive without installing anything (GESSO_CHROMIUM, Playwright's, the system's). */
export function findInstalledChromium(): string | undefined {
  const decision = decideBrowser(probeBrowsers(playwrightChromiumPath()));
  return decision.action === 'use' ? decision.executablePath : undefined;
}
