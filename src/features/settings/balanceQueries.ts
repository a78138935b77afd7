import { queryOptions, useQuery } from '@tanstack/react-query';
import { backendById, connectBackend, type BackendId, type Connection } from '../../lib/api/studio';
import { shouldRetry } from './engineQueries';
import { useSettingsDialog } from './settingsDialogStore';
import { useSettingsStore } from './settingsStore';
import { useConnection } from './useConnection';

/** Query keys of the account balance: per host and API; `refresh` is the caller's reason to ask again. */
export const balanceKeys = {
  all: ['balance'] as const,
  of: (host: string, backendId: BackendId, refresh: number) =>
    [...balanceKeys.all, host, backendId, refresh] as const,
};

/** The credits left on a connection in an API that has a balance; the key stays out of the query key. */
export function balanceQueryOptions(conn: Connection, backendId: BackendId, refresh = 0) {
  return queryOptions({
    queryKey: balanceKeys.of(conn.host, backendId, refresh),
    queryFn: async ({ signal }) => (await connectBackend(backendId, conn)).getBalance(signal),
    retry: shouldRetry,
    // Never fresh: re-enabled after Settings closes, it asks again with the key and organization set there.
    staleTime: 0,
    // While a new figure is asked for after a run, the last one of the same host and API stays on screen
    // rather than blinking away; another host's figure never stands in.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === conn.host && previousQuery.queryKey[2] === backendId
        ? previous
        : undefined,
  });
}

/**
 * The chosen API's balance on the configured host, or `undefined` when the API has none, while it loads,
 * or when asking failed (a cost estimate stands without it). `refresh` changes whenever the figure may
 * have changed (a run ended): each new value asks the host again. Paused while Settings is open, as the
 * engine list is: half-typed hosts must not receive the key; closing it asks again (never fresh).
 */
export function useBalance(refresh = 0): number | undefined {
  const editing = useSettingsDialog((s) => s.open);
  const backendId = useSettingsStore((s) => s.apiVersion);
  const hasBalance = backendById(backendId).capabilities.balance;
  const query = useQuery({
    ...balanceQueryOptions(useConnection(), backendId, refresh),
    enabled: hasBalance && !editing,
  });
  return hasBalance && !query.isError ? query.data?.credits : undefined;
}
