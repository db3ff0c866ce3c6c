import { QueryCache, QueryClient } from '@tanstack/react-query';
import { authKeys } from '../lib/currentUser';
import { isApiError, NETWORK_ERROR_STATUS } from '../lib/http';

/** Retry only what may succeed on a second try: no answer, or a server error. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isApiError(error)) return false;
  return error.status === NETWORK_ERROR_STATUS || error.status >= 500;
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // A 401 on any other query means the session ended (expired, suspended, signed out elsewhere):
        // check it again, which moves the guards to the sign-in page if so.
        if (isApiError(error) && error.status === 401 && query.queryKey[0] !== authKeys.all[0]) {
          void queryClient.invalidateQueries({ queryKey: authKeys.me() });
        }
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
