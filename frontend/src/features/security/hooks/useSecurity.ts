import type { PasswordConfirmation } from '@pn/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createPasskey } from '../../../lib/webauthn';
import { authKeys } from '../../../lib/currentUser';
import {
  beginTotp,
  confirmTotp,
  endSession,
  passkeyRegistrationOptions,
  passkeysQuery,
  registerPasskey,
  removePasskey,
  removeTotp,
  replaceRecoveryCodes,
  securityKeys,
  sessionsQuery,
} from '../api';

export const useSessions = () => useQuery(sessionsQuery);
export const usePasskeys = () => useQuery(passkeysQuery);

/**
 * After a factor is added or removed: the account's factors changed (the `me` query shows them, and whether
 * a role is usable) and the server ended the other sessions.
 */
function useFactorsChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: authKeys.me() }),
      queryClient.invalidateQueries({ queryKey: securityKeys.all }),
    ]);
}

export function useBeginTotp() {
  return useMutation({ mutationFn: beginTotp });
}

export function useConfirmTotp() {
  const changed = useFactorsChanged();
  return useMutation({ mutationFn: confirmTotp, onSuccess: () => changed() });
}

export function useRemoveTotp() {
  const changed = useFactorsChanged();
  return useMutation({ mutationFn: removeTotp, onSuccess: () => changed() });
}

export function useReplaceRecoveryCodes() {
  const changed = useFactorsChanged();
  return useMutation({ mutationFn: replaceRecoveryCodes, onSuccess: () => changed() });
}

/** Registers a passkey: the server's options, the browser's prompt, then the server's check. */
export function useAddPasskey() {
  const changed = useFactorsChanged();
  return useMutation({
    mutationFn: async (name: string) => {
      const ceremony = await passkeyRegistrationOptions();
      const credential = await createPasskey(ceremony.options);
      return registerPasskey({ challenge: ceremony.challenge, name, credential });
    },
    onSuccess: () => changed(),
  });
}

export function useRemovePasskey() {
  const changed = useFactorsChanged();
  return useMutation({
    mutationFn: ({ id, ...body }: PasswordConfirmation & { id: string }) => removePasskey(id, body),
    onSuccess: () => changed(),
  });
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endSession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: securityKeys.sessions() }),
  });
}
