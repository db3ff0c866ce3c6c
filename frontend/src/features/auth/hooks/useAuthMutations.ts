import { useMutation, useQueryClient } from '@tanstack/react-query';
import { signWithPasskey } from '../../../lib/webauthn';
import { completeSecondFactor, login, passkeySignIn, passkeySignInOptions, register } from '../api';
import { startSession } from './useSessionEnd';

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
