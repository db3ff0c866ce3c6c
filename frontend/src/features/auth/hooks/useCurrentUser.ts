import { useQuery } from '@tanstack/react-query';
import { meQuery } from '../api';

/** The signed-in user (null for a visitor). The `me` query is the single source of the auth state. */
export function useCurrentUser() {
  const query = useQuery(meQuery);
  return { user: query.data ?? null, isPending: query.isPending, error: query.error, refetch: query.refetch };
}
