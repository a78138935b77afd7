import type { BrowserContext, Page } from '@playwright/test';
import { LOCAL_ENGINE_DEV_KEY } from '../src/lib/api/wire';
import { expect, openStudio, test } from './fixtures';

/** A key typed for Stability's API: it may reach https://api.stability.ai and nowhere else. */
const TYPED_KEY = 'sk-typed-e2e-4f1c9a7b';
const STABILITY = 'https://api.stability.ai';

interface Seen {
  url: URL;
  method: string;
  headers: Record<string, string>;
}

/**
 * Records every request of the context with all its headers. There is no internet: api.stability.ai is
 * answered here as today's service answers (a v1 balance; 404 for anything else, v1alpha included, which
 * Stability retired), the studio's own origin goes through, and any other origin is aborted (and still
 * recorded, so a leak is seen).
 */
async function recordRequests(context: BrowserContext, studioOrigin: string): Promise<Seen[]> {
  const seen: Seen[] = [];
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    seen.push({ url, method: request.method(), headers: await request.allHeaders() });
    if (url.origin === studioOrigin) return route.continue();
    if (url.origin !== STABILITY) return route.abort();
    const cors = { 'Access-Control-Allow-Origin': studioOrigin };
    if (url.pathname === '/v1/user/balance') {
      return route.fulfill({ status: 200, headers: cors, json: { credits: 42 } });
    }
    return route.fulfill({ status: 404, headers: cors, contentType: 'text/plain', body: 'Not Found' });
  });
  return seen;
}

/** Requests that carry `value` in any header. */
const carrying = (seen: Seen[], value: string) =>
  seen.filter((r) => Object.values(r.headers).some((h) => h.includes(value)));

function settingsControls(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Settings', exact: true });
  return {
    dialog,
    host: dialog.getByRole('textbox', { name: 'API host', exact: true }),
    key: dialog.getByRole('textbox', { name: 'API key', exact: true }),
    test: dialog.getByRole('button', { name: 'Test connection', exact: true }),
    localEngine: dialog.getByRole('button', { name: 'Local engine', exact: true }),
    done: dialog.getByRole('button', { name: 'Done', exact: true }),
    apiVersion: dialog.getByRole('combobox', { name: 'API version', exact: true }),
  };
}

/** Stores settings as an older studio did (version 1, the host as typed), once, before the app loads. */
async function seedSavedHost(page: Page, host: string): Promise<void> {
  await page.addInitScript((savedHost) => {
    if (sessionStorage.getItem('e2e-seeded')) return;
    sessionStorage.setItem('e2e-seeded', '1');
    const state = { host: savedHost, organization: '', rememberKey: false };
    localStorage.setItem('gesso.settings', JSON.stringify({ state, version: 1 }));
  }, host);
}

test('a bare public host comes back as https://, and the typed key goes to that host only', async ({
  page,
  context,
  baseURL,
}) => {
  const studioOrigin = new URL(baseURL ?? '').origin;
  const seen = await recordRequests(context, studioOrigin);
  const s = await openStudio(page);
  await s.settings.click();
  const c = settingsControls(page);

  await c.host.fill('api.stability.ai');
  await c.host.press('Tab');
  await expect(c.host).toHaveValue(STABILITY);
  // Stability's host proposes the newest API it serves: Stable Image (v2beta).
  await expect(c.apiVersion).toHaveValue('v2beta');
  await c.key.fill(TYPED_KEY);
  await c.test.click();
  // v1 and v2beta share the balance endpoint, so the host answers both.
  await expect(c.dialog.getByRole('status')).toHaveText(
    'Connected. Balance: 42 credits. This host answers v1 and Stable Image (v2beta).',
  );

  // The balance went to Stability with the key (Bearer, asked in v1 and in v2beta); nothing went to
  // /api.stability.ai/… on the studio.
  const balance = seen.filter((r) => r.url.pathname === '/v1/user/balance' && r.method === 'GET');
  expect(balance.map((r) => r.url.origin)).toEqual([STABILITY, STABILITY]);
  expect(balance.map((r) => r.headers['authorization'])).toEqual([
    `Bearer ${TYPED_KEY}`,
    `Bearer ${TYPED_KEY}`,
  ]);
  expect(seen.filter((r) => r.url.pathname.includes('api.stability.ai'))).toEqual([]);

  // With v1 chosen, Done asks Stability for v1's engine list, whose 404 reads as a host that is not the API.
  await c.apiVersion.selectOption('v1');
  await c.done.click();
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load the engine list.' })).toHaveText(
    'Could not load the engine list. https://api.stability.ai did not answer as a Stability API: it answered 404 without an API error. Check API host in Settings.',
  );

  // Back to the local engine: it gets its development key, never the typed one.
  await s.settings.click();
  await c.localEngine.click();
  await expect(c.host).toHaveValue('');
  await expect(c.key).toHaveValue(TYPED_KEY);
  await c.test.click();
  await expect(c.dialog.getByRole('status')).toContainText('Connected. Balance:');
  const local = seen.filter(
    (r) => r.url.origin === studioOrigin && r.url.pathname === '/v1alpha/user/balance',
  );
  // Test connection's, and the balance shown beside Generate (read on load and after Settings closes).
  expect(local.length).toBeGreaterThan(0);
  expect(new Set(local.map((r) => r.headers['authorization']))).toEqual(new Set([LOCAL_ENGINE_DEV_KEY]));

  const leaks = carrying(seen, TYPED_KEY).filter((r) => r.url.origin !== STABILITY);
  expect(leaks.map((r) => r.url.href)).toEqual([]);
  expect(carrying(seen, TYPED_KEY).length).toBeGreaterThan(0);
});

test('a bare loopback host comes back as http://', async ({ page }) => {
  const s = await openStudio(page);
  await s.settings.click();
  const c = settingsControls(page);
  await c.host.fill('127.0.0.1:7860');
  await c.host.press('Tab');
  await expect(c.host).toHaveValue('http://127.0.0.1:7860');
  await expect(c.host).toHaveAttribute('aria-invalid', 'false');
});

test('ftp://x is refused under the field and nothing is sent', async ({ page, context, baseURL }) => {
  const studioOrigin = new URL(baseURL ?? '').origin;
  const seen = await recordRequests(context, studioOrigin);
  const s = await openStudio(page);
  await s.settings.click();
  const c = settingsControls(page);
  await c.key.fill(TYPED_KEY);
  const before = seen.length;

  await c.host.fill('ftp://x');
  await c.host.press('Tab');
  const message = 'Only http:// and https:// addresses can be used; this one starts with “ftp:”.';
  await expect(c.host).toHaveAccessibleDescription(message);
  await expect(c.dialog.getByRole('alert')).toHaveText(message);
  await c.test.click();
  await c.done.click();
  await page.keyboard.press('Escape');
  await expect(c.dialog).toBeVisible();
  await expect(c.host).toHaveValue('ftp://x');

  // Proof that nothing left: the next request seen is the one made after choosing the local engine.
  await c.localEngine.click();
  await expect(c.dialog.getByRole('alert')).toHaveCount(0);
  await c.test.click();
  await expect(c.dialog.getByRole('status')).toContainText('Connected. Balance:');
  const after = seen.slice(before);
  expect(after[0]?.url.href).toBe(`${studioOrigin}/v1alpha/user/balance`);
  expect(after[0]?.headers['authorization']).toBe(LOCAL_ENGINE_DEV_KEY);
  expect(carrying(seen, TYPED_KEY)).toEqual([]);
});

test('a saved host without a scheme is completed on load, with a notice', async ({
  page,
  context,
  baseURL,
}) => {
  const studioOrigin = new URL(baseURL ?? '').origin;
  const seen = await recordRequests(context, studioOrigin);
  await seedSavedHost(page, 'api.stability.ai');
  await page.goto('/');
  const notice = page.getByRole('status', { name: 'API host', exact: true });
  await expect(notice).toContainText(
    'The saved API host had no http:// or https://; it is now https://api.stability.ai.',
  );
  await expect(page.getByRole('banner')).toContainText('api.stability.ai');
  await notice.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(notice).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('banner')).toContainText('api.stability.ai');
  await expect(notice).toHaveCount(0);
  expect(seen.filter((r) => r.url.pathname.includes('api.stability.ai'))).toEqual([]);
  expect(seen.some((r) => r.url.origin === STABILITY && r.url.pathname === '/v1alpha/engines/list')).toBe(
    true,
  );
});

test('a saved host that cannot be used falls back to the local engine, with a notice', async ({
  page,
  context,
  baseURL,
}) => {
  const studioOrigin = new URL(baseURL ?? '').origin;
  const seen = await recordRequests(context, studioOrigin);
  await seedSavedHost(page, 'localhost:7860/v1alpha');
  const s = await openStudio(page);
  const notice = page.getByRole('status', { name: 'API host', exact: true });
  await expect(notice).toContainText(
    'The saved API host could not be used, so the studio uses the local engine.',
  );
  await expect(page.getByRole('banner')).toContainText('Local engine');
  await notice.getByRole('button', { name: 'Check API host', exact: true }).click();
  await expect(s.settingsDialog).toBeVisible();
  await expect(settingsControls(page).host).toHaveValue('');
  await expect(notice).toHaveCount(0);
  const engines = seen.filter((r) => r.url.pathname === '/v1alpha/engines/list');
  expect(engines.map((r) => [r.url.origin, r.headers['authorization']])).toContainEqual([
    studioOrigin,
    LOCAL_ENGINE_DEV_KEY,
  ]);
  expect(engines.every((r) => r.url.origin === studioOrigin)).toBe(true);
});
