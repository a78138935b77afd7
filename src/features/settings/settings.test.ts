import { describe, expect, it } from 'vitest';
import { LOCAL_ENGINE_DEV_KEY } from '../../lib/api';
import { API_KEY_STORAGE_KEY, loadApiKey, saveApiKey, type KeyStorages } from './keyStorage';
import { hostLabel, resolveConnection } from './resolveConnection';
import { SETTINGS_STORAGE_KEY, createSettingsStore, migrateSettings } from './settingsStore';
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

  it('uses a typed key as is (trimmed)', () => {
    expect(resolveConnection({ host: '', apiKey: ' k ', organization: ' org-1 ' })).toEqual({
      host: '',
      apiKey: 'k',
      organization: 'org-1',
    });
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
  it('persists host, organization and the remember flag, but never the key', () => {
    const s = storages();
    const store = createSettingsStore(s);
    store.getState().setHost('https://api.stability.ai');
    store.getState().setOrganization('org-9');
    store.getState().setApiKey('sk-secret');
    const blob = s.local.getItem(SETTINGS_STORAGE_KEY) ?? '';
    expect(JSON.parse(blob)).toEqual({
      state: { host: 'https://api.stability.ai', organization: 'org-9', rememberKey: false },
      version: 1,
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
    expect(migrateSettings({ host: 5, organization: 'org-2', apiKey: 'x' }, 0)).toEqual({
      host: '',
      organization: 'org-2',
      rememberKey: false,
    });
  });
});
