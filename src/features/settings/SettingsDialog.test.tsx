// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKENDS, LOCAL_ENGINE_DEV_KEY, loadBackendRuntime } from '../../lib/api/studio';
import { SettingsDialog } from './SettingsDialog';
import { useSettingsDialog } from './settingsDialogStore';
import { useSettingsStore } from './settingsStore';

const calls: Array<{ url: string; auth: string | null }> = [];

// Each API's runtime loaded up front: "Test connection" gives each API 5 s, and a first import under a busy
// test run (transforming zod and the wire) must not eat into that.
beforeAll(async () => {
  await Promise.all(BACKENDS.map((b) => loadBackendRuntime(b.id)));
}, 60_000);

beforeEach(() => {
  calls.length = 0;
  sessionStorage.clear();
  localStorage.clear();
  useSettingsStore.setState({
    host: '',
    apiKey: '',
    organization: '',
    rememberKey: false,
    apiVersion: 'v1alpha',
  });
  useSettingsDialog.getState().openSettings();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Renders the open dialog and waits for its form (it loads on demand). */
async function renderDialog(respond: (url: string) => Response) {
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    calls.push({ url, auth: new Headers(init.headers).get('Authorization') });
    return respond(url);
  });
  render(
    <QueryClientProvider client={new QueryClient()}>
      <SettingsDialog />
    </QueryClientProvider>,
  );
  await screen.findByRole('dialog', { name: 'Settings' }, { timeout: 10_000 });
}

describe('SettingsDialog', async () => {
  it('offers combobox "API version" with every API the studio speaks', async () => {
    await renderDialog(() => new Response('{}'));
    const select = screen.getByRole('combobox', { name: 'API version' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['v1alpha', 'v1', 'Stable Image (v2beta)']);
    fireEvent.change(select, { target: { value: 'v1' } });
    expect(useSettingsStore.getState().apiVersion).toBe('v1');
  });

  it('choosing Stability’s host proposes the newest API it serves', async () => {
    await renderDialog(() => new Response('{}'));
    fireEvent.click(screen.getByRole('button', { name: 'Stability API' }));
    expect(useSettingsStore.getState().apiVersion).toBe('v2beta');
    expect((screen.getByRole('combobox', { name: 'API version' }) as HTMLSelectElement).value).toBe('v2beta');
    expect(
      screen.getByText(
        /API version is now Stable Image \(v2beta\), the newest API api\.stability\.ai serves/,
      ),
    ).toBeTruthy();
  });

  it('keeps the API version picked after the proposal: Done does not propose it again', async () => {
    await renderDialog(() => new Response('{}'));
    fireEvent.click(screen.getByRole('button', { name: 'Stability API' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'API version' }), { target: { value: 'v1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(useSettingsDialog.getState().open).toBe(false);
    expect(useSettingsStore.getState().apiVersion).toBe('v1');
  });

  it('Test connection says which API versions the host answers', async () => {
    // A host that answers v1 only: v1alpha's paths are not found there. v2beta shares v1's balance path, so
    // the balance alone cannot tell them apart: the host counts as answering both.
    await renderDialog((url) =>
      url.includes('/v1alpha/')
        ? new Response(JSON.stringify({ id: 'e', name: 'not_found', message: 'no route' }), { status: 404 })
        : new Response(JSON.stringify({ credits: 3 }), { status: 200 }),
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'API host' }), {
      target: { value: 'http://127.0.0.1:7860' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    // v1alpha is chosen and fails: its error, and which version to choose instead.
    expect((await screen.findByRole('alert')).textContent).toMatch(/did not answer as a Stability API/);
    expect(
      screen.getByText(
        /This host answers v1 and Stable Image \(v2beta\)\. Choose one of them under API version\./,
      ),
    ).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'API version' }), { target: { value: 'v1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(
        /3 credits\. This host answers v1 and Stable Image \(v2beta\)\./,
      ),
    );
  });

  it('exposes the named fields, with the key as a password textbox', async () => {
    await renderDialog(() => new Response('{}'));
    expect(screen.getByRole('dialog', { name: 'Settings' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'API host' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'API key' }) as HTMLInputElement).type).toBe('password');
    expect(screen.getByRole('textbox', { name: 'Organization' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /Remember on this device/ })).toBeTruthy();
  });

  it('Test connection shows the balance from the configured host, sending the typed key there only', async () => {
    await renderDialog(() => new Response(JSON.stringify({ credits: 1234.5 }), { status: 200 }));
    fireEvent.change(screen.getByRole('textbox', { name: 'API host' }), {
      target: { value: 'http://127.0.0.1:7860' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'API key' }), { target: { value: 'sk-test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/1,234\.5 credits/);
    // Every API version is asked at once, each as it sends its key (v1: Bearer); the key goes nowhere else.
    expect(calls.sort((a, b) => a.url.localeCompare(b.url))).toEqual([
      { url: 'http://127.0.0.1:7860/v1/user/balance', auth: 'Bearer sk-test' },
      { url: 'http://127.0.0.1:7860/v1/user/balance', auth: 'Bearer sk-test' },
      { url: 'http://127.0.0.1:7860/v1alpha/user/balance', auth: 'sk-test' },
    ]);
    expect(sessionStorage.getItem('gesso.apiKey')).toBe('sk-test');
    expect(localStorage.getItem('gesso.apiKey')).toBeNull();
  });

  it('Test connection explains a refused key in plain words', async () => {
    await renderDialog(
      () =>
        new Response(
          JSON.stringify({
            name: 'unauthorized',
            id: 'e',
            message: 'bad key',
            temporary: false,
            timeout: false,
            fault: false,
          }),
          { status: 401 },
        ),
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'API host' }), {
      target: { value: 'http://127.0.0.1:7860' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'API key' }), { target: { value: 'sk-wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/API key was not accepted/);
    expect(alert.textContent).not.toContain('sk-wrong');
  });

  it.each([
    ['api.stability.ai', 'https://api.stability.ai'],
    ['127.0.0.1:7860', 'http://127.0.0.1:7860'],
    ['  HTTPS://API.Stability.ai/ ', 'https://api.stability.ai'],
  ])('leaving the host field shows %j completed as %j and stores it', async (typed, completed) => {
    await renderDialog(() => new Response('{}'));
    const field = screen.getByRole('textbox', { name: 'API host' }) as HTMLInputElement;
    fireEvent.change(field, { target: { value: typed } });
    fireEvent.blur(field);
    expect(field.value).toBe(completed);
    expect(useSettingsStore.getState().host).toBe(completed);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('an unusable host gets its message under the field; nothing is sent and the dialog stays open', async () => {
    useSettingsStore.setState({ host: 'https://api.stability.ai' });
    await renderDialog(() => new Response(JSON.stringify({ credits: 1 })));
    const field = screen.getByRole('textbox', { name: 'API host' });
    fireEvent.change(field, { target: { value: 'ftp://x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/Only http:\/\/ and https:\/\/ addresses/);
    expect(field.getAttribute('aria-describedby')).toBe(alert.parentElement?.id);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(useSettingsDialog.getState().open).toBe(true);
    expect(useSettingsStore.getState().host).toBe('https://api.stability.ai');
    expect(calls).toEqual([]);
    // Emptying the field means the local engine: accepted, the dialog closes.
    fireEvent.change(field, { target: { value: '' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(useSettingsDialog.getState().open).toBe(false);
    expect(useSettingsStore.getState().host).toBe('');
  });

  it('Test connection to the local engine sends its development key, never the typed key', async () => {
    await renderDialog(() => new Response(JSON.stringify({ credits: 7 }), { status: 200 }));
    fireEvent.change(screen.getByRole('textbox', { name: 'API key' }), { target: { value: 'sk-typed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Local engine' }));
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/7 credits/);
    expect(calls.map((c) => c.auth).sort()).toEqual([
      `Bearer ${LOCAL_ENGINE_DEV_KEY}`,
      `Bearer ${LOCAL_ENGINE_DEV_KEY}`,
      LOCAL_ENGINE_DEV_KEY,
    ]);
  });
});
