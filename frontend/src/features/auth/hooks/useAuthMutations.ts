import type { User } from '@pn/shared';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import type { AppLocationState } from '../../../lib/locationState';
import { signWithPasskey } from '../../../lib/webauthn';
import { authKeys } from '../../../lib/currentUser';
import { completeSecondFactor, login, logout, passkeySignIn, passkeySignInOptions, register } from '../api';
import { markLeaving } from '../sessionEnd';

/** After signing in or out, nothing cached for the previous person may survive. */
function startSession(queryClient: QueryClient, user: User | null): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
  queryClient.setQueryData(authKeys.me(), user);
}

/** The password step: signs in, or answers the challenge of the second step (no session yet). */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (result) => {
      if ('token' in result) startSession(queryClient, result.user);
    },
  });
}

/** The second step: a code, a recovery code or a passkey for the challenge of the password step. */
export function useSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeSecondFactor,
    onSuccess: ({ user }) => startSession(queryClient, user),
  });
}

/** Signing in with a passkey alone: it stands for both factors. */
export function usePasskeySignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const ceremony = await passkeySignInOptions();
      return passkeySignIn({ challenge: ceremony.challenge, assertion: await signWithPasskey(ceremony.options) });
    },
    onSuccess: ({ user }) => startSession(queryClient, user),
  });
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: ({ user }) => startSession(queryClient, user),
  });
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
