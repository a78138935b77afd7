import { QueryClient } from '@tanstack/react-query';

/** One client for the studio. Mutations never retry: a generation costs credits. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { refetchOnWindowFocus: false },
      mutations: { retry: false, gcTime: 10 * 60_000 },
    },
  });
}
