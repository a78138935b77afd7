/**
 * Where the API key lives. It is kept out of the persisted settings blob on purpose: by default it only
 * survives a reload of this tab (sessionStorage); "Remember on this device" moves it to localStorage.
 */
export const API_KEY_STORAGE_KEY = 'gesso.apiKey';

/** The two storages involved, injectable for tests. */
export interface KeyStorages {
  session: Storage | undefined;
  local: Storage | undefined;
}

export function browserKeyStorages(): KeyStorages {
  // Access can throw (privacy modes, sandboxed iframes); treat that as "no storage".
  const get = (name: 'sessionStorage' | 'localStorage'): Storage | undefined => {
    try {
      return typeof window === 'undefined' ? undefined : window[name];
    } catch {
      return undefined;
    }
  };
  return { session: get('sessionStorage'), local: get('localStorage') };
}

/** The stored key, remembered one first; `''` when none. */
export function loadApiKey(s: KeyStorages): string {
  return s.local?.getItem(API_KEY_STORAGE_KEY) ?? s.session?.getItem(API_KEY_STORAGE_KEY) ?? '';
}

/** Stores the key in exactly one place (or none when empty), removing it from the other. */
export function saveApiKey(s: KeyStorages, apiKey: string, remember: boolean): void {
  const [keep, drop] = remember ? [s.local, s.session] : [s.session, s.local];
  drop?.removeItem(API_KEY_STORAGE_KEY);
  if (apiKey === '') keep?.removeItem(API_KEY_STORAGE_KEY);
  else keep?.setItem(API_KEY_STORAGE_KEY, apiKey);
}
