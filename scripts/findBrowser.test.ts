import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APT_INSTALL_COMMANDS,
  INSTALL_HINT,
  decideBrowser,
  probeBrowsers,
  type BrowserProbe,
} from './findBrowser';

const bare: BrowserProbe = {
  override: undefined,
  playwrightChromium: undefined,
  systemChromium: undefined,
  isRoot: false,
  hasAptGet: false,
};

describe('decideBrowser', () => {
  it('prefers Playwright’s own Chromium over the system one', () => {
    const d = decideBrowser({
      ...bare,
      playwrightChromium: '/pw/chrome',
      systemChromium: '/usr/bin/chromium',
    });
    expect(d).toEqual({ action: 'use', executablePath: '/pw/chrome', source: 'playwright' });
  });

  it('falls back to the system Chromium', () => {
    const d = decideBrowser({ ...bare, systemChromium: '/usr/bin/chromium' });
    expect(d).toEqual({ action: 'use', executablePath: '/usr/bin/chromium', source: 'system' });
  });

  it('lets a usable GESSO_CHROMIUM win over everything', () => {
    const d = decideBrowser({
      ...bare,
      override: { path: '/opt/chrome', usable: true },
      playwrightChromium: '/pw/chrome',
    });
    expect(d).toEqual({ action: 'use', executablePath: '/opt/chrome', source: 'GESSO_CHROMIUM' });
  });

  it('refuses a GESSO_CHROMIUM that is not executable instead of silently ignoring it', () => {
    const d = decideBrowser({
      ...bare,
      override: { path: '/nope', usable: false },
      systemChromium: '/usr/bin/chromium',
    });
    expect(d.action).toBe('fail');
    expect(d.action === 'fail' && d.message).toContain('GESSO_CHROMIUM=/nope');
  });

  it('installs with apt-get only as root with apt-get present', () => {
    const d = decideBrowser({ ...bare, isRoot: true, hasAptGet: true });
    expect(d.action).toBe('install');
    expect(d.action === 'install' && d.commands).toEqual(APT_INSTALL_COMMANDS);
  });

  it.each([
    ['not root', { isRoot: false, hasAptGet: true }],
    ['no apt-get', { isRoot: true, hasAptGet: false }],
  ])('fails with the install hint when %s', (_label, facts) => {
    const d = decideBrowser({ ...bare, ...facts });
    expect(d).toEqual({ action: 'fail', message: `No Chromium found for the e2e tests. ${INSTALL_HINT}` });
  });

  it('does not try to install twice', () => {
    const d = decideBrowser({ ...bare, isRoot: true, hasAptGet: true }, true);
    expect(d.action).toBe('fail');
    expect(d.action === 'fail' && d.message).toContain(INSTALL_HINT);
  });

  it('names both ways to install in the hint', () => {
    expect(INSTALL_HINT).toBe(
      'Install Chromium: sudo apt-get install -y chromium (Debian/Ubuntu), or npx playwright install chromium',
    );
  });
});

describe('probeBrowsers', () => {
  it('reports an executable override as usable and a plain file as not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gesso-probe-'));
    const exe = join(dir, 'chrome');
    const plain = join(dir, 'plain');
    writeFileSync(exe, '#!/bin/sh\n');
    chmodSync(exe, 0o755);
    writeFileSync(plain, '');
    chmodSync(plain, 0o644);
    expect(probeBrowsers(undefined, { GESSO_CHROMIUM: exe }).override).toEqual({ path: exe, usable: true });
    // root may execute-check any file with an x bit only; a 0644 file has none.
    expect(probeBrowsers(undefined, { GESSO_CHROMIUM: plain }).override).toEqual({
      path: plain,
      usable: false,
    });
  });

  it('ignores a Playwright path that is not on disk', () => {
    expect(probeBrowsers('/definitely/not/here/chrome', {}).playwrightChromium).toBeUndefined();
  });
});
