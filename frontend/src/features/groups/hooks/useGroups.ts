import { useQuery } from '@tanstack/react-query';
import {
  flagListQuery,
  groupListQuery,
  groupQuery,
  memberListQuery,
  mentionableQuery,
  threadListQuery,
  type GroupListFilters,
  type MemberFilters,
} from '../api';
import { usePagedQuery } from '../../../lib/usePagedQuery';

export function useGroupList(filters: GroupListFilters = {}) {
  return useQuery(groupListQuery(filters));
}

export function useGroup(slug: string) {
  return useQuery(groupQuery(slug));
}

export function useThreadList(slug: string, enabled: boolean) {
  return usePagedQuery({ ...threadListQuery(slug), enabled });
}

export function useMemberList(slug: string, status: 'active' | 'pending', filters: MemberFilters, enabled: boolean) {
  return usePagedQuery({ ...memberListQuery(slug, status, filters), enabled });
}

export function useFlagList(slug: string, enabled: boolean) {
  return usePagedQuery({ ...flagListQuery(slug), enabled });
}

/** The group's members, for @mention suggestions (loaded only when someone can post). */
export function useMentionable(slug: string | undefined, enabled: boolean) {
  return useQuery({ ...mentionableQuery(slug ?? ''), enabled: enabled && Boolean(slug) });
}
