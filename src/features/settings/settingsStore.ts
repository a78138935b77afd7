import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { browserKeyStorages, loadApiKey, saveApiKey, type KeyStorages } from './keyStorage';
import { normalizeApiHost, type HostCheck } from './normalizeApiHost';
import { LOCAL_ENGINE_HOST, type ConnectionSettings } from './resolveConnection';
import { memoryStorage } from '../../lib/storage/memoryStorage';
import { DEFAULT_BACKEND_ID, isBackendId, type BackendId } from '../../lib/api/studio';

export interface SettingsState extends ConnectionSettings {
  /** Keep the API key in localStorage instead of this tab's sessionStorage. */
  rememberKey: boolean;
  /** The API the studio speaks to the host (combobox "API version"). */
  apiVersion: BackendId;
  /** Why the saved host was changed when it was loaded (a pre-check host); `null` when it was not. */
  hostNotice: string | null;
  /**
   * Sets the host from what was typed, normalised (`api.stability.ai` → `https://api.stability.ai`).
   * A host that cannot be used leaves the current one in place: the store only ever holds usable hosts.
   */
  setHost: (typed: string) => HostCheck;
  setApiKey: (apiKey: string) => void;
  setOrganization: (organization: string) => void;
  setRememberKey: (remember: boolean) => void;
  setApiVersion: (apiVersion: BackendId) => void;
  dismissHostNotice: () => void;
}

/** What the persist middleware writes to localStorage: never the key. */
export type PersistedSettings = Pick<SettingsState, 'host' | 'organization' | 'rememberKey' | 'apiVersion'>;

export const SETTINGS_STORAGE_KEY = 'gesso.settings';
/**
 * 2: hosts are normalised origins (version 1 stored whatever was typed, scheme or not).
 * 3: the API version is a choice; settings saved before it spoke v1alpha, so they keep speaking it.
 */
export const SETTINGS_VERSION = 3;

export const DEFAULT_SETTINGS: PersistedSettings = {
  host: LOCAL_ENGINE_HOST,
  organization: '',
  rememberKey: false,
  apiVersion: DEFAULT_BACKEND_ID,
};

/** Settings as loaded: the persisted fields plus what the user should be told about the host. */
export type LoadedSettings = PersistedSettings & Pick<SettingsState, 'hostNotice'>;

/**
 * A stored host made usable. A scheme-less host from before the check is completed (and said so); one
 * that cannot be used falls back to the local engine, with the reason. Never repeats a refused host: it
 * may hold a pasted key.
 */
export function migrateHost(stored: string): { host: string; notice: string | null } {
  const checked = normalizeApiHost(stored);
  if (!checked.ok) {
    return {
      host: LOCAL_ENGINE_HOST,
      notice: `The saved API host could not be used, so the studio uses the local engine. ${checked.problem} Open Settings to enter it again.`,
    };
  }
  return {
    host: checked.host,
    notice: checked.completed
      ? `The saved API host had no http:// or https://; it is now ${checked.host}.`
      : null,
  };
}

/**
 * Turns whatever was stored (any version, possibly hand-edited) into valid settings. Also the persist
 * `merge`, so it runs on what `migrate` returned: a notice made there is kept.
 */
export function migrateSettings(persisted: unknown, _version: number): LoadedSettings {
  const p = typeof persisted === 'object' && persisted !== null ? (persisted as Record<string, unknown>) : {};
  const { host, notice } = migrateHost(typeof p.host === 'string' ? p.host : DEFAULT_SETTINGS.host);
  return {
    host,
    organization: typeof p.organization === 'string' ? p.organization : DEFAULT_SETTINGS.organization,
    rememberKey: typeof p.rememberKey === 'boolean' ? p.rememberKey : DEFAULT_SETTINGS.rememberKey,
    // Before version 3 there was no choice: every host was spoken to in v1alpha (the default).
    apiVersion: isBackendId(p.apiVersion) ? p.apiVersion : DEFAULT_SETTINGS.apiVersion,
    hostNotice: notice ?? (typeof p.hostNotice === 'string' ? p.hostNotice : null),
  };
}

/** Builds the settings store; tests pass their own storages. */
export function createSettingsStore(storages: KeyStorages = browserKeyStorages()) {
  const store = create<SettingsState>()(
    persist(
      (set, get) => ({
        ...DEFAULT_SETTINGS,
        hostNotice: null,
        apiKey: loadApiKey(storages),
        setHost: (typed) => {
          const checked = normalizeApiHost(typed);
          if (checked.ok) set({ host: checked.host, hostNotice: null });
          return checked;
        },
        setApiKey: (apiKey) => {
          saveApiKey(storages, apiKey, get().rememberKey);
          set({ apiKey });
        },
        setOrganization: (organization) => set({ organization }),
        setRememberKey: (rememberKey) => {
          saveApiKey(storages, get().apiKey, rememberKey);
          set({ rememberKey });
        },
        setApiVersion: (apiVersion) => set({ apiVersion }),
        dismissHostNotice: () => set({ hostNotice: null }),
      }),
      {
        name: SETTINGS_STORAGE_KEY,
        version: SETTINGS_VERSION,
        storage: createJSONStorage(() => storages.local ?? memoryStorage()),
        partialize: (s): PersistedSettings => ({
          host: s.host,
          organization: s.organization,
          rememberKey: s.rememberKey,
          apiVersion: s.apiVersion,
        }),
        migrate: migrateSettings,
        merge: (persisted, current) => ({ ...current, ...migrateSettings(persisted, SETTINGS_VERSION) }),
      },
    ),
  );
  // persist writes back only after `migrate`; a host fixed by `merge` alone (a hand-edited blob of this
  // version) is written here, so its notice shows once rather than at every load.
  if (store.getState().hostNotice !== null) store.setState({});
  return store;
}

/** The studio's settings. Read through selectors: `useSettingsStore((s) => s.host)`. */
export const useSettingsStore = createSettingsStore();
