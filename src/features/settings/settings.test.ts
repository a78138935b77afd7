import { describe, expect, it } from 'vitest';
import { LOCAL_ENGINE_DEV_KEY } from '../../lib/api/studio';
import { API_KEY_STORAGE_KEY, loadApiKey, saveApiKey, type KeyStorages } from './keyStorage';
import { LOCAL_ENGINE_HOST, hostLabel, isLocalEngine, resolveConnection } from './resolveConnection';
import {
  SETTINGS_STORAGE_KEY,
  SETTINGS_VERSION,
  createSettingsStore,
  migrateHost,
  migrateSettings,
} from './settingsStore';
import { memoryStorage } from '../../lib/storage/memoryStorage';

const storages = (): KeyStorages & { session: Storage; local: Storage } => ({
  session: memoryStorage(),
  local: memoryStorage(),
});

describe('resolveConnection', () => {
  it('sends the local development key to the local engine when no key is typed', () => {
    expect(resolveConnection({ host: '', apiKey: '', organization: '' })).toEqual({
      host: '',
      apiKey: LOCAL_ENGINE_DEV_KEY,
      organization: '',
    });
  });

  it('never sends the development key to another host', () => {
    expect(resolveConnection({ host: 'https://api.stability.ai/', apiKey: '', organization: '' })).toEqual({
      host: 'https://api.stability.ai',
      apiKey: '',
      organization: '',
    });
  });

  it('sends a typed key (trimmed) to an explicit host', () => {
    expect(
      resolveConnection({ host: 'https://api.stability.ai', apiKey: ' k ', organization: ' org-1 ' }),
    ).toEqual({ host: 'https://api.stability.ai', apiKey: 'k', organization: 'org-1' });
  });

  it('never sends a typed key to the local engine: it only ever gets its development key', () => {
    for (const host of ['', '  ']) {
      expect(resolveConnection({ host, apiKey: 'sk-typed-for-stability', organization: 'org-1' })).toEqual({
        host: LOCAL_ENGINE_HOST,
        apiKey: LOCAL_ENGINE_DEV_KEY,
        organization: 'org-1',
      });
    }
  });

  it('sends the typed key to this page’s origin only when that origin is typed as the host', () => {
    expect(resolveConnection({ host: 'http://127.0.0.1:4173', apiKey: 'sk-1', organization: '' })).toEqual({
      host: 'http://127.0.0.1:4173',
      apiKey: 'sk-1',
      organization: '',
    });
  });

  it('completes a scheme-less host; passes an unusable one on as typed for the client to refuse', () => {
    expect(resolveConnection({ host: 'api.stability.ai', apiKey: 'k', organization: '' }).host).toBe(
      'https://api.stability.ai',
    );
    expect(resolveConnection({ host: ' ftp://x ', apiKey: 'k', organization: '' })).toEqual({
      host: 'ftp://x',
      apiKey: 'k',
      organization: '',
    });
  });

  it('names the local engine explicitly', () => {
    expect(LOCAL_ENGINE_HOST).toBe('');
    expect(isLocalEngine('')).toBe(true);
    expect(isLocalEngine(' ')).toBe(true);
    expect(isLocalEngine('http://127.0.0.1:4173')).toBe(false);
  });

  it('labels hosts', () => {
    expect(hostLabel('')).toBe('Local engine');
    expect(hostLabel('https://api.stability.ai')).toBe('api.stability.ai');
  });
});

describe('key storage', () => {
  it('keeps the key in sessionStorage by default and moves it to localStorage when remembered', () => {
    const s = storages();
    saveApiKey(s, 'abc', false);
    expect(s.session.getItem(API_KEY_STORAGE_KEY)).toBe('abc');
    expect(s.local.getItem(API_KEY_STORAGE_KEY)).toBeNull();
    saveApiKey(s, 'abc', true);
    expect(s.local.getItem(API_KEY_STORAGE_KEY)).toBe('abc');
    expect(s.session.getItem(API_KEY_STORAGE_KEY)).toBeNull();
    expect(loadApiKey(s)).toBe('abc');
    saveApiKey(s, '', true);
    expect(loadApiKey(s)).toBe('');
  });
});

describe('settings store', () => {
  it('persists host, organization, the remember flag and the API version, but never the key', () => {
    const s = storages();
    const store = createSettingsStore(s);
    store.getState().setHost('https://api.stability.ai');
    store.getState().setOrganization('org-9');
    store.getState().setApiVersion('v1');
    store.getState().setApiKey('sk-secret');
    const blob = s.local.getItem(SETTINGS_STORAGE_KEY) ?? '';
    expect(JSON.parse(blob)).toEqual({
      state: {
        host: 'https://api.stability.ai',
        organization: 'org-9',
        rememberKey: false,
        apiVersion: 'v1',
      },
      version: 3,
    });
    expect(blob).not.toContain('sk-secret');
    expect(s.session.getItem(API_KEY_STORAGE_KEY)).toBe('sk-secret');
  });

  it('"Remember on this device" moves the current key to localStorage and back', () => {
    const s = storages();
    const store = createSettingsStore(s);
    store.getState().setApiKey('sk-1');
    store.getState().setRememberKey(true);
    expect(s.local.getItem(API_KEY_STORAGE_KEY)).toBe('sk-1');
    expect(s.session.getItem(API_KEY_STORAGE_KEY)).toBeNull();
    store.getState().setRememberKey(false);
    expect(s.local.getItem(API_KEY_STORAGE_KEY)).toBeNull();
    expect(s.session.getItem(API_KEY_STORAGE_KEY)).toBe('sk-1');
  });

  it('starts with a remembered key', () => {
    const s = storages();
    s.local.setItem(API_KEY_STORAGE_KEY, 'sk-kept');
    expect(createSettingsStore(s).getState().apiKey).toBe('sk-kept');
  });

  it('migrates junk to defaults field by field', () => {
    expect(migrateSettings({ host: 5, organization: 'org-2', apiKey: 'x', apiVersion: 'v9' }, 0)).toEqual({
      host: '',
      organization: 'org-2',
      rememberKey: false,
      apiVersion: 'v1alpha',
      hostNotice: null,
    });
  });

  it('settings saved before the API version was a choice keep speaking v1alpha, to any host', () => {
    for (const host of ['', 'https://api.stability.ai', 'http://127.0.0.1:7860']) {
      const s = storages();
      s.local.setItem(
        SETTINGS_STORAGE_KEY,
        JSON.stringify({ state: { host, organization: '', rememberKey: false }, version: 2 }),
      );
      const store = createSettingsStore(s);
      expect(store.getState()).toMatchObject({ host, apiVersion: 'v1alpha' });
      expect(JSON.parse(s.local.getItem(SETTINGS_STORAGE_KEY) ?? '')).toMatchObject({
        state: { apiVersion: 'v1alpha' },
        version: SETTINGS_VERSION,
      });
    }
    const chosen = storages();
    chosen.local.setItem(
      SETTINGS_STORAGE_KEY,
      JSON.stringify({ state: { host: '', apiVersion: 'v1' }, version: SETTINGS_VERSION }),
    );
    expect(createSettingsStore(chosen).getState().apiVersion).toBe('v1');
  });

  it('setHost stores the completed host and refuses an unusable one, keeping the current host', () => {
    const store = createSettingsStore(storages());
    expect(store.getState().setHost(' api.stability.ai ')).toEqual({
      ok: true,
      host: 'https://api.stability.ai',
      completed: true,
    });
    expect(store.getState().host).toBe('https://api.stability.ai');
    const refused = store.getState().setHost('ftp://x');
    expect(refused.ok).toBe(false);
    expect(store.getState().host).toBe('https://api.stability.ai');
    store.getState().setHost('');
    expect(store.getState().host).toBe(LOCAL_ENGINE_HOST);
  });
});

describe('migrating a stored host', () => {
  it.each([
    ['', '', null],
    ['https://api.stability.ai', 'https://api.stability.ai', null],
    ['https://api.stability.ai/', 'https://api.stability.ai', null],
    [
      'api.stability.ai',
      'https://api.stability.ai',
      /had no http:\/\/ or https:\/\/; it is now https:\/\/api\.stability\.ai\./,
    ],
    ['127.0.0.1:7860', 'http://127.0.0.1:7860', /it is now http:\/\/127\.0\.0\.1:7860\./],
    ['ftp://x', '', /could not be used, so the studio uses the local engine\. Only http/],
    ['https://u:sk-secret@h.example', '', /local engine.*user name or password/],
  ])('%j → %j', (stored, host, notice) => {
    const m = migrateHost(stored);
    expect(m.host).toBe(host);
    if (notice === null) expect(m.notice).toBeNull();
    else expect(m.notice).toMatch(notice);
    expect(m.notice ?? '').not.toContain('sk-secret');
  });

  it.each([
    ['api.stability.ai', 'https://api.stability.ai', /it is now https:\/\/api\.stability\.ai/],
    ['/api.stability.ai', '', /local engine/],
  ])(
    'a version-1 blob with host %j loads as %j with a notice, and is written back',
    (stored, host, notice) => {
      const s = storages();
      s.local.setItem(
        SETTINGS_STORAGE_KEY,
        JSON.stringify({ state: { host: stored, organization: 'org-1', rememberKey: true }, version: 1 }),
      );
      const store = createSettingsStore(s);
      expect(store.getState()).toMatchObject({ host, organization: 'org-1', rememberKey: true });
      expect(store.getState().hostNotice).toMatch(notice);
      expect(JSON.parse(s.local.getItem(SETTINGS_STORAGE_KEY) ?? '')).toEqual({
        state: { host, organization: 'org-1', rememberKey: true, apiVersion: 'v1alpha' },
        version: SETTINGS_VERSION,
      });
      // Loaded again, the fixed blob needs no notice.
      expect(createSettingsStore(s).getState().hostNotice).toBeNull();
      store.getState().dismissHostNotice();
      expect(store.getState().hostNotice).toBeNull();
    },
  );

  it('a current-version blob edited by hand is still checked', () => {
    const s = storages();
    s.local.setItem(
      SETTINGS_STORAGE_KEY,
      JSON.stringify({ state: { host: 'javascript:alert(1)' }, version: SETTINGS_VERSION }),
    );
    const store = createSettingsStore(s);
    expect(store.getState().host).toBe('');
    expect(store.getState().hostNotice).toMatch(/local engine/);
    expect(JSON.parse(s.local.getItem(SETTINGS_STORAGE_KEY) ?? '').state.host).toBe('');
    expect(createSettingsStore(s).getState().hostNotice).toBeNull();
  });
});
