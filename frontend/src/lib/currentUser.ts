import type { SessionState, User } from '@pn/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { http, isApiError } from './http';

/* The signed-in person is an app-wide concept: the shell, its guards and every feature read it from here. */

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

/**
 * The signed-in user, or null for a visitor. Asked of `/auth/session`, which answers a visitor with 200 and no
 * user: `/auth/me` answers them 401, which the browser reports as a failed request on every visitor's page.
 */
export async function fetchMe(signal?: AbortSignal): Promise<User | null> {
  try {
    return (await http.get<SessionState>('/auth/session', { signal })).user;
  } catch (error) {
    // A bearer token the server no longer accepts is no session either.
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const meQuery = queryOptions({
  queryKey: authKeys.me(),
  queryFn: ({ signal }) => fetchMe(signal),
  staleTime: 60_000,
});

/** The signed-in user (null for a visitor). The `me` query is the single source of the auth state. */
export function useCurrentUser() {
  const query = useQuery(meQuery);
  return { user: query.data ?? null, isPending: query.isPending, error: query.error, refetch: query.refetch };
}
