import {
  COUNTRY_CODES,
  LIMITS,
  PROFESSIONS,
  type AddMemberRequest,
  type CreateGroupRequest,
  type CreateThreadRequest,
  type Group,
  type GroupMember,
  type JoinGroupRequest,
  type MembershipRole,
  type MessageFlag,
  type MyMembership,
  type Page,
  type Profession,
  type PublicProfile,
  type ResolveFlagRequest,
  type Thread,
  type UpdateGroupRequest,
} from '@pn/shared';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { http, withQuery } from '../../lib/http';
import { fetchAllPages } from '../../lib/pages';

/** Which groups a list holds: only the caller's, or the archived ones instead of the current ones. */
export interface GroupListFilters {
  mine?: boolean;
  archived?: boolean;
}

export interface MemberFilters {
  profession?: Profession;
  country?: string;
}

export const groupKeys = {
  all: ['groups'] as const,
  lists: () => [...groupKeys.all, 'list'] as const,
  list: (filters: GroupListFilters) => [...groupKeys.lists(), filters] as const,
  details: () => [...groupKeys.all, 'detail'] as const,
  detail: (slug: string) => [...groupKeys.details(), slug] as const,
  members: (slug: string) => [...groupKeys.all, 'members', slug] as const,
  memberList: (slug: string, status: 'active' | 'pending', filters: MemberFilters) =>
    [...groupKeys.members(slug), status, filters] as const,
  /** Everyone in the group, for @mention suggestions. */
  mentionable: (slug: string) => [...groupKeys.members(slug), 'mentionable'] as const,
  threadLists: () => [...groupKeys.all, 'threads'] as const,
  threads: (slug: string) => [...groupKeys.threadLists(), slug] as const,
  flags: (slug: string) => [...groupKeys.all, 'flags', slug] as const,
  /** The network's active members found by name or organisation, to add to a group. */
  people: (q: string) => [...groupKeys.all, 'people', q] as const,
};

/** Results offered when searching for someone to add to a group. */
export const PEOPLE_SEARCH_LIMIT = 10;

/** Page size of the lists of a group's page. */
export const GROUP_PAGE_SIZE = 20;
/** The most members offered for @mentions (10 pages of the largest page). */
const MENTIONABLE_MAX_PAGES = 10;

const groupPath = (slug: string) => `/groups/${encodeURIComponent(slug)}`;
const memberPath = (slug: string, userId: string) => `${groupPath(slug)}/members/${encodeURIComponent(userId)}`;

/** The network's groups are few: all of them at once (ordered by kind, then name, by the API). */
export const groupListQuery = (filters: GroupListFilters = {}) =>
  queryOptions({
    queryKey: groupKeys.list(filters),
    queryFn: ({ signal }) =>
      fetchAllPages((cursor) =>
        http.get<Page<Group>>(
          withQuery('/groups', {
            mine: filters.mine ? 'true' : undefined,
            archived: filters.archived ? 'true' : undefined,
            limit: LIMITS.pageMax,
            cursor,
          }),
          { signal },
        ),
      ),
  });

export const groupQuery = (slug: string) =>
  queryOptions({
    queryKey: groupKeys.detail(slug),
    queryFn: ({ signal }) => http.get<Group>(groupPath(slug), { signal }),
  });

export const memberListQuery = (slug: string, status: 'active' | 'pending', filters: MemberFilters) =>
  infiniteQueryOptions({
    queryKey: groupKeys.memberList(slug, status, filters),
    queryFn: ({ pageParam, signal }) =>
      http.get<Page<GroupMember>>(
        withQuery(`${groupPath(slug)}/members`, { status, ...filters, limit: GROUP_PAGE_SIZE, cursor: pageParam }),
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const mentionableQuery = (slug: string) =>
  queryOptions({
    queryKey: groupKeys.mentionable(slug),
    queryFn: ({ signal }) =>
      fetchAllPages(
        (cursor) =>
          http.get<Page<GroupMember>>(
            withQuery(`${groupPath(slug)}/members`, { status: 'active', limit: LIMITS.pageMax, cursor }),
            { signal },
          ),
        MENTIONABLE_MAX_PAGES,
      ),
    staleTime: 5 * 60_000,
  });

export const threadListQuery = (slug: string) =>
  infiniteQueryOptions({
    queryKey: groupKeys.threads(slug),
    queryFn: ({ pageParam, signal }) =>
      http.get<Page<Thread>>(withQuery(`${groupPath(slug)}/threads`, { limit: GROUP_PAGE_SIZE, cursor: pageParam }), {
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const flagListQuery = (slug: string) =>
  infiniteQueryOptions({
    queryKey: groupKeys.flags(slug),
    queryFn: ({ pageParam, signal }) =>
      http.get<Page<MessageFlag>>(
        withQuery(`${groupPath(slug)}/flags`, { limit: GROUP_PAGE_SIZE, cursor: pageParam }),
        {
          signal,
        },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** Active members of the network whose name or organisation contains `q` (at least 2 characters). */
export const peopleSearchQuery = (q: string) =>
  queryOptions({
    queryKey: groupKeys.people(q),
    queryFn: ({ signal }) =>
      http.get<Page<PublicProfile>>(withQuery('/users', { q, limit: PEOPLE_SEARCH_LIMIT }), { signal }),
    staleTime: 30_000,
  });

export const createGroup = (body: CreateGroupRequest) => http.post<Group>('/groups', body);
/** Changes details, or archives and restores (`archived`). */
export const updateGroup = (slug: string, body: UpdateGroupRequest) => http.patch<Group>(groupPath(slug), body);
export const addMember = (slug: string, body: AddMemberRequest) =>
  http.post<GroupMember>(`${groupPath(slug)}/members`, body);
export const joinGroup = (slug: string, body: JoinGroupRequest) =>
  http.post<MyMembership>(`${groupPath(slug)}/join`, body);
export const leaveGroup = (slug: string) => http.post<void>(`${groupPath(slug)}/leave`);
export const muteGroup = (slug: string, muted: boolean) => http.put<MyMembership>(`${groupPath(slug)}/mute`, { muted });
export const approveMember = (slug: string, userId: string) =>
  http.post<GroupMember>(`${memberPath(slug, userId)}/approve`);
export const setMemberRole = (slug: string, userId: string, role: MembershipRole) =>
  http.patch<GroupMember>(memberPath(slug, userId), { role });
/** Removes a member, or declines a request to join. */
export const removeMember = (slug: string, userId: string) => http.delete(memberPath(slug, userId));
export const createThread = (slug: string, body: CreateThreadRequest) =>
  http.post<Thread>(`${groupPath(slug)}/threads`, body);
/** Pins a thread to the top of its group, or unpins it (`pinned: false`). */
export const pinThread = (threadId: string, pinned: boolean) =>
  pinned
    ? http.post<Thread>(`/threads/${encodeURIComponent(threadId)}/pin`)
    : http.delete<Thread>(`/threads/${encodeURIComponent(threadId)}/pin`);
export const resolveFlag = (id: string, body: ResolveFlagRequest) =>
  http.post<void>(`/flags/${encodeURIComponent(id)}/resolve`, body);

/** Deletes a flagged message (a group coordinator's right): its flags need no decision any more. */
export const deleteFlaggedMessage = (messageId: string) =>
  http.delete<void>(`/messages/${encodeURIComponent(messageId)}`);

/** Reads the member filters from the URL, ignoring values outside the vocabularies. */
export function parseMemberFilters(params: URLSearchParams): MemberFilters {
  const profession = params.get('profession') ?? '';
  const country = (params.get('country') ?? '').toUpperCase();
  return {
    ...((PROFESSIONS as readonly string[]).includes(profession) ? { profession: profession as Profession } : {}),
    ...((COUNTRY_CODES as readonly string[]).includes(country) ? { country } : {}),
  };
}
