import type { User } from '@pn/shared';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import type { AppLocationState } from '../../../lib/locationState';
import { authKeys } from '../../../lib/currentUser';
import { logout } from '../api';
import { markLeaving } from '../sessionEnd';

// Apart from signing in: the header signs out on every page, and signing in brings the passkeys' library.

/** After signing in or out, nothing cached for the previous person may survive. */
export function startSession(queryClient: QueryClient, user: User | null): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
  queryClient.setQueryData(authKeys.me(), user);
}

/** Ends the session in this tab after the server has ended it, then goes to `to` with a notice. */
export function useEndSession() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return async (to: string, state: AppLocationState) => {
    markLeaving(pathname);
    startSession(queryClient, null);
    await navigate(to, { state, replace: true });
  };
}

/** Signs out, then shows the home page with a notice. */
export function useSignOut() {
  const endSession = useEndSession();
  const mutation = useMutation({ mutationFn: logout });
  const signOut = () =>
    mutation.mutate(undefined, {
      // Even if the server could not be told (e.g. the session had already ended), forget it here.
      onSettled: () => void endSession('/', { notice: 'signedOut' }),
    });
  return { signOut, isPending: mutation.isPending };
}
