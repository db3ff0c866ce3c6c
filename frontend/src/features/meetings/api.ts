import type {
  CalendarFeed,
  CreateMeetingRequest,
  Meeting,
  MeetingResponse,
  Page,
  ResourceSummary,
  RsvpResult,
  UpdateMeetingRequest,
} from '@pn/shared';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { http, withQuery } from '../../lib/http';

/** Upcoming meetings, or past ones (latest first). */
export type MeetingWhen = 'upcoming' | 'past';

export const meetingKeys = {
  all: ['meetings'] as const,
  lists: () => [...meetingKeys.all, 'list'] as const,
  ofGroup: (slug: string, when: MeetingWhen) => [...meetingKeys.lists(), 'group', slug, when] as const,
  mine: (limit: number) => [...meetingKeys.lists(), 'mine', limit] as const,
  details: () => [...meetingKeys.all, 'detail'] as const,
  detail: (id: string) => [...meetingKeys.details(), id] as const,
  feed: () => [...meetingKeys.all, 'feed'] as const,
  library: (q: string) => [...meetingKeys.all, 'library', q] as const,
};

export const MEETING_PAGE_SIZE = 10;

const groupMeetingsPath = (slug: string) => `/groups/${encodeURIComponent(slug)}/meetings`;
const meetingPath = (id: string) => `/meetings/${encodeURIComponent(id)}`;
/** The `.ics` of a meeting, as a link the browser downloads (with the session cookie). */
export const icsHref = (id: string) => `/api${meetingPath(id)}/ics`;

/** A window from now on, or up to now: a meeting still going on counts as upcoming. */
const windowOf = (when: MeetingWhen) => {
  const now = new Date().toISOString();
  return when === 'upcoming' ? { from: now, order: 'asc' } : { to: now, order: 'desc' };
};

export const groupMeetingsQuery = (slug: string, when: MeetingWhen) =>
  infiniteQueryOptions({
    queryKey: meetingKeys.ofGroup(slug, when),
    queryFn: ({ pageParam, signal }) =>
      http.get<Page<Meeting>>(
        withQuery(groupMeetingsPath(slug), { ...windowOf(when), limit: MEETING_PAGE_SIZE, cursor: pageParam }),
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** My groups' upcoming meetings and the network-wide ones. */
export const myMeetingsQuery = (limit: number = MEETING_PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: meetingKeys.mine(limit),
    queryFn: ({ pageParam, signal }) =>
      http.get<Page<Meeting>>(withQuery('/meetings', { ...windowOf('upcoming'), limit, cursor: pageParam }), {
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const meetingQuery = (id: string) =>
  queryOptions({
    queryKey: meetingKeys.detail(id),
    queryFn: ({ signal }) => http.get<Meeting>(meetingPath(id), { signal }),
  });

export const calendarFeedQuery = () =>
  queryOptions({
    queryKey: meetingKeys.feed(),
    queryFn: ({ signal }) => http.get<CalendarFeed>('/users/me/calendar', { signal }),
  });

/** Library resources found by words, to attach as a meeting's outputs. */
export const librarySearchQuery = (q: string) =>
  queryOptions({
    queryKey: meetingKeys.library(q),
    queryFn: ({ signal }) => http.get<Page<ResourceSummary>>(withQuery('/resources', { q, limit: 10 }), { signal }),
    enabled: q.trim().length >= 2,
  });

export const createMeeting = (slug: string, body: CreateMeetingRequest) =>
  http.post<Meeting>(groupMeetingsPath(slug), body);
export const updateMeeting = (id: string, body: UpdateMeetingRequest) => http.patch<Meeting>(meetingPath(id), body);
export const cancelMeeting = (id: string) => http.post<Meeting>(`${meetingPath(id)}/cancel`);
export const answerMeeting = (id: string, response: MeetingResponse) =>
  http.post<RsvpResult>(`${meetingPath(id)}/rsvp`, { response });
export const renewCalendarFeed = () => http.post<CalendarFeed>('/users/me/calendar/renew');
