import { accessSync, constants } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** What a user must do when no Chromium can be found or installed. Printed verbatim. */
export const INSTALL_HINT =
  'Install Chromium: sudo apt-get install -y chromium (Debian/Ubuntu), or npx playwright install chromium';

/** System Chromium locations, in preference order (Debian names it chromium, older Ubuntu chromium-browser). */
export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'] as const;

/** The env var through which scripts/test.ts hands the chosen browser to playwright.config.ts. */
export const CHROMIUM_ENV = 'GESSO_CHROMIUM';

/** Facts about the machine that decide which browser the e2e suite uses. Gathered by {@link probeBrowsers}. */
export interface BrowserProbe {
  /** Value of GESSO_CHROMIUM when the user set it, and whether it is an executable file. */
  override: { path: string; usable: boolean } | undefined;
  /** Playwright's own Chromium, when `npx playwright install chromium` put it on disk. */
  playwrightChromium: string | undefined;
  /** The first executable file of {@link SYSTEM_CHROMIUM_PATHS}. */
  systemChromium: string | undefined;
  isRoot: boolean;
  hasAptGet: boolean;
}

export type BrowserDecision =
  | { action: 'use'; executablePath: string; source: 'GESSO_CHROMIUM' | 'playwright' | 'system' }
  | { action: 'install'; commands: readonly (readonly string[])[]; message: string }
  | { action: 'fail'; message: string };

/** The commands run (as root, so no sudo) to install Chromium on a Debian-like machine. */
export const APT_INSTALL_COMMANDS = [
  ['apt-get', 'update'],
  ['apt-get', 'install', '-y', 'chromium'],
] as const;

/**
 * Decides which Chromium the e2e suite drives. Pure, so every branch is unit-tested.
 * An explicit GESSO_CHROMIUM wins (and a broken one is an error rather than silently ignored);
 * then Playwright's tested build; then the system package; then, only where installing cannot
 * surprise anyone (root with apt-get, i.e. CI containers), an apt-get install.
 * `afterInstall` is true on the second pass, so a failed install never loops.
 */
export function decideBrowser(probe: BrowserProbe, afterInstall = false): BrowserDecision {
  if (probe.override) {
    if (probe.override.usable) {
      return { action: 'use', executablePath: probe.override.path, source: 'GESSO_CHROMIUM' };
    }
    return {
      action: 'fail',
      message: `${CHROMIUM_ENV}=${probe.override.path} is not an executable file. Unset it or point it at Chromium.`,
    };
  }
  if (probe.playwrightChromium) {
    return { action: 'use', executablePath: probe.playwrightChromium, source: 'playwright' };
  }
  if (probe.systemChromium) {
    return { action: 'use', executablePath: probe.systemChromium, source: 'system' };
  }
  if (afterInstall) {
    return { action: 'fail', message: `Chromium is still missing after apt-get install. ${INSTALL_HINT}` };
  }
  if (probe.isRoot && probe.hasAptGet) {
    return {
      action: 'install',
      commands: APT_INSTALL_COMMANDS,
      message: 'No Chromium found; installing it with: apt-get update && apt-get install -y chromium',
    };
  }
  return { action: 'fail', message: `No Chromium found for the e2e tests. ${INSTALL_HINT}` };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Looks at the machine. `playwrightPath` is `chromium.executablePath()` from @playwright/test, passed in
 * so this module stays importable where Playwright is not installed.
 */
export function probeBrowsers(playwrightPath: string | undefined, env = process.env): BrowserProbe {
  const overridePath = env[CHROMIUM_ENV];
  return {
    override: overridePath ? { path: overridePath, usable: isExecutable(overridePath) } : undefined,
    playwrightChromium: playwrightPath && isExecutable(playwrightPath) ? playwrightPath : undefined,
    systemChromium: SYSTEM_CHROMIUM_PATHS.find(isExecutable),
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasAptGet: hasCommand('apt-get'),
  };
}
