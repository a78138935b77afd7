import type { APIResponse } from '@playwright/test';
import { LOCAL_ENGINE_DEV_KEY } from '../src/lib/api';
import { expect, openStudio, test } from './fixtures';
import { cspFailure } from './fixtures/cspViolations';

/** The policy as directive → sources. */
function directives(response: APIResponse): Map<string, string[]> {
  const policy = response.headers()['content-security-policy'] ?? '';
  return new Map(
    policy
      .split(';')
      .filter((part) => part.trim() !== '')
      .map((part) => {
        const [name = '', ...sources] = part.trim().split(/\s+/);
        return [name, sources];
      }),
  );
}

/** Headers every answer of the studio's server carries, the engine's included. */
function expectCommonHeaders(response: APIResponse): void {
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(directives(response).get('frame-ancestors')).toEqual(["'none'"]);
}

/** The studio's own policy: files from this origin only, no inline script, no eval. */
function expectStudioPolicy(response: APIResponse): void {
  expectCommonHeaders(response);
  expect(response.headers()['cross-origin-opener-policy']).toBe('same-origin');
  const csp = directives(response);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  expect(csp.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
  expect(csp.get('connect-src')).toEqual(
    expect.arrayContaining([
      "'self'",
      'https://api.stability.ai',
      'http://127.0.0.1:*',
      'http://localhost:*',
    ]),
  );
}

test('the studio page, its scripts and the engine beside them are served with the security headers', async ({
  request,
}) => {
  const page = await request.get('/');
  expect(page.status()).toBe(200);
  expectStudioPolicy(page);

  const html = await page.text();
  const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script, 'index.html loads its entry as a file').toBeDefined();
  expect(html, 'no inline <script> in the built page').not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  const asset = await request.get(script ?? '');
  expect(asset.status()).toBe(200);
  expect(asset.headers()['content-type']).toMatch(/javascript/);
  expectStudioPolicy(asset);

  const engines = await request.get('/v1alpha/engines/list', {
    headers: { Authorization: LOCAL_ENGINE_DEV_KEY },
  });
  expect(engines.status()).toBe(200);
  expectCommonHeaders(engines);
  const missing = await request.get('/v1alpha/no-such-path', {
    headers: { Authorization: LOCAL_ENGINE_DEV_KEY },
  });
  expect(missing.status()).toBe(404);
  expectCommonHeaders(missing);
});

test.describe('a host outside the policy', () => {
  // This test provokes a violation on purpose, so it checks the recording itself instead of failing on it.
  test.use({ allowCspViolations: true });

  test('is blocked, recorded by the fixture, and explained with the flag that allows it', async ({
    page,
    cspViolations,
  }) => {
    const s = await openStudio(page);
    expect(cspViolations, 'opening the studio breaks no rule').toEqual([]);

    await s.settings.click();
    await s.settingsDialog
      .getByRole('textbox', { name: 'API host', exact: true })
      .fill('https://blocked.example');
    await s.settingsDialog.getByRole('button', { name: 'Test connection', exact: true }).click();

    const notice = page.getByRole('alert', { name: 'Connection blocked', exact: true });
    await expect(notice).toContainText(
      "The studio's security policy blocked a connection to https://blocked.example. To allow it, restart the " +
        'studio with "npm start -- --connect-src https://blocked.example" (or set ' +
        'GESSO_CONNECT_SRC=https://blocked.example).',
    );
    // The page reports violations to the test over a binding, which may trail the notice by a moment.
    // Test connection asks the host in each API version (v1alpha, v1, v2beta): one blocked request each.
    const events = () => cspViolations.filter((v) => v.via === 'event');
    await expect.poll(() => events().length).toBe(3);
    for (const event of events()) {
      expect(event).toMatchObject({ directive: 'connect-src' });
      expect(event.blocked).toMatch(/^https:\/\/blocked\.example\//);
    }
    expect(cspFailure(cspViolations, false)?.message, 'without the opt-out this test would fail').toMatch(
      /connect-src blocked https:\/\/blocked\.example\//,
    );

    await page.keyboard.press('Escape');
    await expect(s.settingsDialog).toBeHidden();
    await notice.getByRole('button', { name: 'Dismiss blocked connection', exact: true }).click();
    await expect(notice).toBeHidden();
  });
});
