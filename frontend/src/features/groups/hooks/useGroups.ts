import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { flattenPages } from '../../../lib/pages';
import {
  flagListQuery,
  groupListQuery,
  groupQuery,
  memberListQuery,
  mentionableQuery,
  threadListQuery,
  type MemberFilters,
} from '../api';

export function useGroupList(filters: { mine?: boolean } = {}) {
  return useQuery(groupListQuery(filters));
}

export function useGroup(slug: string) {
  return useQuery(groupQuery(slug));
}

export function useThreadList(slug: string, enabled: boolean) {
  const query = useInfiniteQuery({ ...threadListQuery(slug), enabled });
  return { ...query, items: flattenPages(query.data?.pages) };
}

export function useMemberList(slug: string, status: 'active' | 'pending', filters: MemberFilters, enabled: boolean) {
  const query = useInfiniteQuery({ ...memberListQuery(slug, status, filters), enabled });
  return { ...query, items: flattenPages(query.data?.pages) };
}

export function useFlagList(slug: string, enabled: boolean) {
  const query = useInfiniteQuery({ ...flagListQuery(slug), enabled });
  return { ...query, items: flattenPages(query.data?.pages) };
}

/** The group's members, for @mention suggestions (loaded only when someone can post). */
export function useMentionable(slug: string | undefined, enabled: boolean) {
  return useQuery({ ...mentionableQuery(slug ?? ''), enabled: enabled && Boolean(slug) });
}
