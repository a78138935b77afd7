import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { createClient, type Connection, type GessoClient } from '../../lib/api';
import { resolveConnection } from './resolveConnection';
import { useSettingsStore } from './settingsStore';

/** The connection in effect (dev key filled in for the local engine). */
export function useConnection(): Connection {
  const settings = useSettingsStore(
    useShallow((s) => ({ host: s.host, apiKey: s.apiKey, organization: s.organization })),
  );
  return useMemo(() => resolveConnection(settings), [settings]);
}

/** A client bound to the current connection; a new one whenever the connection changes. */
export function useApiClient(): GessoClient {
  const conn = useConnection();
  return useMemo(() => createClient(conn), [conn]);
}
