import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { browserKeyStorages, loadApiKey, saveApiKey, type KeyStorages } from './keyStorage';
import type { ConnectionSettings } from './resolveConnection';
import { memoryStorage } from '../../lib/storage/memoryStorage';

export interface SettingsState extends ConnectionSettings {
  /** Keep the API key in localStorage instead of this tab's sessionStorage. */
  rememberKey: boolean;
  setHost: (host: string) => void;
  setApiKey: (apiKey: string) => void;
  setOrganization: (organization: string) => void;
  setRememberKey: (remember: boolean) => void;
}

/** What the persist middleware writes to localStorage: never the key. */
export type PersistedSettings = Pick<SettingsState, 'host' | 'organization' | 'rememberKey'>;

export const SETTINGS_STORAGE_KEY = 'gesso.settings';
export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: PersistedSettings = { host: '', organization: '', rememberKey: false };

/** Turns whatever was stored (any version, possibly hand-edited) into valid settings. */
export function migrateSettings(persisted: unknown, _version: number): PersistedSettings {
  const p = typeof persisted === 'object' && persisted !== null ? (persisted as Record<string, unknown>) : {};
  return {
    host: typeof p.host === 'string' ? p.host : DEFAULT_SETTINGS.host,
    organization: typeof p.organization === 'string' ? p.organization : DEFAULT_SETTINGS.organization,
    rememberKey: typeof p.rememberKey === 'boolean' ? p.rememberKey : DEFAULT_SETTINGS.rememberKey,
  };
}

/** Builds the settings store; tests pass their own storages. */
export function createSettingsStore(storages: KeyStorages = browserKeyStorages()) {
  return create<SettingsState>()(
    persist(
      (set, get) => ({
        ...DEFAULT_SETTINGS,
        apiKey: loadApiKey(storages),
        setHost: (host) => set({ host }),
        setApiKey: (apiKey) => {
          saveApiKey(storages, apiKey, get().rememberKey);
          set({ apiKey });
        },
        setOrganization: (organization) => set({ organization }),
        setRememberKey: (rememberKey) => {
          saveApiKey(storages, get().apiKey, rememberKey);
          set({ rememberKey });
        },
      }),
      {
        name: SETTINGS_STORAGE_KEY,
        version: SETTINGS_VERSION,
        storage: createJSONStorage(() => storages.local ?? memoryStorage()),
        partialize: (s): PersistedSettings => ({
          host: s.host,
          organization: s.organization,
          rememberKey: s.rememberKey,
        }),
        migrate: migrateSettings,
        merge: (persisted, current) => ({ ...current, ...migrateSettings(persisted, SETTINGS_VERSION) }),
      },
    ),
  );
}

/** The studio's settings. Read through selectors: `useSettingsStore((s) => s.host)`. */
export const useSettingsStore = createSettingsStore();
