import type { AdminUpdateUserRequest, RejectUserRequest } from '@pn/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminKeys, approveUser, endUserSessions, rejectUser, updateUser } from '../api';

/** Every change to an account changes the lists of users and adds to the audit log. */
function useInvalidateAdmin() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: adminKeys.users() }),
      queryClient.invalidateQueries({ queryKey: adminKeys.audit() }),
    ]);
}

export function useApproveUser() {
  const invalidate = useInvalidateAdmin();
  return useMutation({ mutationFn: (id: string) => approveUser(id), onSuccess: invalidate });
}

export function useRejectUser() {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RejectUserRequest }) => rejectUser(id, body),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AdminUpdateUserRequest }) => updateUser(id, body),
    onSuccess: invalidate,
  });
}

/** Signs a member out everywhere; the audit log gains the entry. */
export function useEndUserSessions() {
  const invalidate = useInvalidateAdmin();
  return useMutation({ mutationFn: (id: string) => endUserSessions(id), onSuccess: invalidate });
}
