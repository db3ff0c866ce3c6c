import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { groupListQuery } from '../../groups';
import {
  resourceFamilyQuery,
  resourceListQuery,
  resourceQuery,
  resourceVersionsQuery,
  type ResourceFilters,
} from '../api';
import { usePagedQuery } from '../../../lib/usePagedQuery';

const MINE = { mine: true } as const;

/** The library, page by page; the previous results stay shown while new filters load. */
export function useResourceList(filters: ResourceFilters) {
  return usePagedQuery({ ...resourceListQuery(filters), placeholderData: keepPreviousData });
}

export function useResource(id: string) {
  return useQuery(resourceQuery(id));
}

export function useResourceFamily(id: string, enabled = true) {
  return useQuery({ ...resourceFamilyQuery(id), enabled });
}

export function useResourceVersions(id: string, enabled = true) {
  return useQuery({ ...resourceVersionsQuery(id), enabled });
}

/** The groups where the user is an active member and may share: those that are not archived. */
export function useShareableGroups(enabled = true) {
  const query = useQuery({ ...groupListQuery(MINE), enabled });
  const groups = (query.data ?? []).filter((group) => group.myMembership?.status === 'active' && !group.archived);
  return { ...query, groups };
}
