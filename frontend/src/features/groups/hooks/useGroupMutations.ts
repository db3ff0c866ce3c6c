import type {
  AddMemberRequest,
  CreateGroupRequest,
  CreateThreadRequest,
  Group,
  JoinGroupRequest,
  MembershipRole,
  ResolveFlagRequest,
  UpdateGroupRequest,
} from '@pn/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  addMember,
  approveMember,
  createGroup,
  createThread,
  groupKeys,
  joinGroup,
  leaveGroup,
  muteGroup,
  pinThread,
  removeMember,
  resolveFlag,
  deleteFlaggedMessage,
  setMemberRole,
  updateGroup,
} from '../api';

/** A new group shows in the lists; its own page is loaded from the answer. */
export function useCreateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateGroupRequest) => createGroup(body),
    onSuccess: (group) => {
      queryClient.setQueryData<Group>(groupKeys.detail(group.slug), group);
      return queryClient.invalidateQueries({ queryKey: groupKeys.lists() });
    },
  });
}

/** Details, archiving and restoring change the group's page, the lists and what its threads allow. */
export function useUpdateGroup(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateGroupRequest) => updateGroup(slug, body),
    onSuccess: (group) => {
      queryClient.setQueryData<Group>(groupKeys.detail(slug), group);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: groupKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: groupKeys.detail(slug) }),
        queryClient.invalidateQueries({ queryKey: groupKeys.threads(slug) }),
      ]);
    },
  });
}

/** Joining, leaving and muting change the group's page, the lists of groups and the member directory. */
function useMembershipChange(slug: string) {
  const queryClient = useQueryClient();
  return (myMembership: Group['myMembership']) => {
    queryClient.setQueryData<Group>(groupKeys.detail(slug), (group) => (group ? { ...group, myMembership } : group));
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: groupKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: groupKeys.detail(slug) }),
      queryClient.invalidateQueries({ queryKey: groupKeys.members(slug) }),
      queryClient.invalidateQueries({ queryKey: groupKeys.threads(slug) }),
    ]);
  };
}

export function useJoinGroup(slug: string) {
  const changed = useMembershipChange(slug);
  return useMutation({ mutationFn: (body: JoinGroupRequest) => joinGroup(slug, body), onSuccess: changed });
}

export function useLeaveGroup(slug: string) {
  const changed = useMembershipChange(slug);
  return useMutation({ mutationFn: () => leaveGroup(slug), onSuccess: () => changed(null) });
}

export function useMuteGroup(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (muted: boolean) => muteGroup(slug, muted),
    onSuccess: (myMembership) =>
      queryClient.setQueryData<Group>(groupKeys.detail(slug), (group) => (group ? { ...group, myMembership } : group)),
  });
}

/** A coordinator's decision about a member changes the directory, the requests and the member count. */
function useInvalidateMembers(slug: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: groupKeys.members(slug) }),
      queryClient.invalidateQueries({ queryKey: groupKeys.detail(slug) }),
      queryClient.invalidateQueries({ queryKey: groupKeys.lists() }),
    ]);
}

export function useAddMember(slug: string) {
  const invalidate = useInvalidateMembers(slug);
  return useMutation({ mutationFn: (body: AddMemberRequest) => addMember(slug, body), onSuccess: invalidate });
}

export function useApproveMember(slug: string) {
  const invalidate = useInvalidateMembers(slug);
  return useMutation({ mutationFn: (userId: string) => approveMember(slug, userId), onSuccess: invalidate });
}

export function useSetMemberRole(slug: string) {
  const invalidate = useInvalidateMembers(slug);
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: MembershipRole }) => setMemberRole(slug, userId, role),
    onSuccess: invalidate,
  });
}

/** Removes a member, or declines a request to join. */
export function useRemoveMember(slug: string) {
  const invalidate = useInvalidateMembers(slug);
  return useMutation({ mutationFn: (userId: string) => removeMember(slug, userId), onSuccess: invalidate });
}

export function useCreateThread(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateThreadRequest) => createThread(slug, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupKeys.threads(slug) }),
  });
}

export function useDeleteFlaggedMessage(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (messageId: string) => deleteFlaggedMessage(messageId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupKeys.flags(slug) }),
  });
}

export function useResolveFlag(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ResolveFlagRequest }) => resolveFlag(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupKeys.flags(slug) }),
  });
}

/** Pinning moves the thread in its group's list. */
export function usePinThread(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ threadId, pinned }: { threadId: string; pinned: boolean }) => pinThread(threadId, pinned),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupKeys.threads(slug) }),
  });
}
