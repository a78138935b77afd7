import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  backendById,
  loadBackendRuntime,
  loadedBackendRuntime,
  type BackendId,
  type BackendInfo,
  type BackendRuntime,
  type Connection,
} from '../../lib/api/studio';
import { resolveConnection } from './resolveConnection';
import { useSettingsStore } from './settingsStore';

/** The connection in effect (dev key filled in for the local engine). */
export function useConnection(): Connection {
  const settings = useSettingsStore(
    useShallow((s) => ({ host: s.host, apiKey: s.apiKey, organization: s.organization })),
  );
  return useMemo(() => resolveConnection(settings), [settings]);
}

/** The API chosen in Settings ("API version"), as plain capabilities: part of the first paint. */
export function useSelectedBackend(): BackendInfo {
  return backendById(useSettingsStore((s) => s.apiVersion));
}

/** Where requests go right now, read outside React (the generation pipeline, at the moment a run starts). */
export function currentConnection(): { backendId: BackendId; host: string; conn: Connection } {
  const s = useSettingsStore.getState();
  return { backendId: s.apiVersion, host: s.host, conn: resolveConnection(s) };
}

/**
 * The chosen API's runtime (validation, wire, client), or `null` while its chunk loads: it is no part of the
 * first paint, so it starts loading once the page is up and is shared by every caller (registry.ts).
 */
export function useBackendRuntime(): BackendRuntime | null {
  const id = useSettingsStore((s) => s.apiVersion);
  const [loaded, setLoaded] = useState<BackendRuntime | null>(() => loadedBackendRuntime(id));
  useEffect(() => {
    let live = true;
    // A failed load leaves null (Generate stays "Checking…"); the pipeline's own load then reports it.
    loadBackendRuntime(id).then(
      (runtime) => live && setLoaded(runtime),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [id]);
  return loaded?.backend.id === id ? loaded : loadedBackendRuntime(id);
}
