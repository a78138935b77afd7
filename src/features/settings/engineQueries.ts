import { queryOptions } from '@tanstack/react-query';
import { connectBackend, isClientError, type BackendId, type Connection } from '../../lib/api/studio';

/** Query keys of the settings feature. The engine list is keyed by host and API (engines differ per API). */
export const engineKeys = {
  all: ['engines'] as const,
  list: (host: string, backendId: BackendId) => [...engineKeys.all, 'list', host, backendId] as const,
};

/** Client errors that no retry will fix (bad key, unknown org, aborted) are not retried. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isClientError(error)) return false;
  if (error.kind === 'network') return true;
  return error.kind === 'api' && (error.temporary || error.status >= 500);
}

/** The engine list of an API on a connection; the key stays out of the query key. */
export function enginesQueryOptions(conn: Connection, backendId: BackendId) {
  return queryOptions({
    queryKey: engineKeys.list(conn.host, backendId),
    queryFn: async ({ signal }) => (await connectBackend(backendId, conn)).listEngines(signal),
    staleTime: 5 * 60_000,
    retry: shouldRetry,
  });
}
