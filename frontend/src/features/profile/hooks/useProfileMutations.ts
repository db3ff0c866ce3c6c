import type { User } from '@pn/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys } from '../../../lib/currentUser';
import { downloadJson, eraseAccount, profileKeys, EXPORT_FILE_NAME, exportAccount, updateProfile } from '../api';

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (user) => {
      // The profile's answer leaves out the second factors, which the `me` query keeps.
      queryClient.setQueryData<User | null>(authKeys.me(), (current) => ({ ...current, ...user }));
      void queryClient.invalidateQueries({ queryKey: profileKeys.all });
    },
  });
}

export function useExportAccount() {
  return useMutation({
    mutationFn: exportAccount,
    onSuccess: (data) => downloadJson(data, EXPORT_FILE_NAME),
  });
}

export function useEraseAccount() {
  return useMutation({ mutationFn: eraseAccount });
}
