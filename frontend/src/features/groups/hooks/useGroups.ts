import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  flagListQuery,
  groupKeys,
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

/**
 * Groups answer in the page's language (their names and descriptions are translated by their coordinators):
 * when the reader switches language, what is cached in the previous one is fetched again.
 */
export function useGroupsFollowLanguage() {
  const { i18n } = useTranslation();
  const client = useQueryClient();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const previous = useRef(language);
  useEffect(() => {
    if (previous.current === language) return;
    previous.current = language;
    void client.invalidateQueries({ queryKey: groupKeys.lists() });
    void client.invalidateQueries({ queryKey: groupKeys.details() });
  }, [client, language]);
}
