import { memberSearchQuerySchema } from '@pn/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  flagListQuery,
  groupListQuery,
  groupQuery,
  memberListQuery,
  mentionableQuery,
  peopleSearchQuery,
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

/**
 * People to add to a group, for the text typed: searched only once it is long enough for the API (at least
 * 2 characters). Pass a debounced value. The previous results stay shown while the next ones load.
 */
export function usePeopleSearch(text: string, enabled: boolean) {
  const parsed = memberSearchQuerySchema.shape.q.safeParse(text);
  const q = parsed.success ? parsed.data : '';
  const searchable = enabled && parsed.success;
  const query = useQuery({ ...peopleSearchQuery(q), enabled: searchable, placeholderData: keepPreviousData });
  return { ...query, searchable };
}
