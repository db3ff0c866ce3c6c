import { LIMITS, type MarkReadRequest, type Notification, type Page } from '@pn/shared';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { http, withQuery } from '../../lib/http';

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: () => [...notificationKeys.all, 'unread'] as const,
  list: () => [...notificationKeys.all, 'list'] as const,
};

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** The unread lines, for the bell: as many as one page holds (the bell shows "99+" beyond). */
export const unreadNotificationsQuery = queryOptions({
  queryKey: notificationKeys.unread(),
  queryFn: ({ signal }) =>
    http.get<Page<Notification>>(withQuery('/notifications', { unread: 'true', limit: LIMITS.pageMax }), { signal }),
});

export const notificationListQuery = infiniteQueryOptions({
  queryKey: notificationKeys.list(),
  queryFn: ({ pageParam, signal }) =>
    http.get<Page<Notification>>(withQuery('/notifications', { limit: NOTIFICATIONS_PAGE_SIZE, cursor: pageParam }), {
      signal,
    }),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last) => last.nextCursor ?? undefined,
});

/** Marks these lines read; none: all of them. */
export const markNotificationsRead = (body: MarkReadRequest) => http.post<void>('/notifications/read', body);
