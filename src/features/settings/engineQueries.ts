import { queryOptions } from '@tanstack/react-query';
import { createClient, isClientError, type Connection } from '../../lib/api';

/** Query keys of the settings feature. The engine list is keyed by host (engines differ per API). */
export const engineKeys = {
  all: ['engines'] as const,
  list: (host: string) => [...engineKeys.all, 'list', host] as const,
};

/** Client errors that no retry will fix (bad key, unknown org, aborted) are not retried. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isClientError(error)) return false;
  if (error.kind === 'network') return true;
  return error.kind === 'api' && (error.temporary || error.status >= 500);
}

/** The engine list for a connection; the key stays out of the query key. */
export function enginesQueryOptions(conn: Connection) {
  return queryOptions({
    queryKey: engineKeys.list(conn.host),
    queryFn: ({ signal }) => createClient(conn).listEngines(signal),
    staleTime: 5 * 60_000,
    retry: shouldRetry,
  });
}
