import type { Notification, Page } from '@pn/shared';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { flattenPages } from '../../../lib/pages';
import { markNotificationsRead, notificationKeys, notificationListQuery, unreadNotificationsQuery } from '../api';

export function useUnreadNotifications(enabled: boolean) {
  return useQuery({ ...unreadNotificationsQuery, enabled });
}

export function useNotificationList() {
  const query = useInfiniteQuery(notificationListQuery);
  return { ...query, items: flattenPages(query.data?.pages) };
}

/** Marks some lines (or, with no ids, all) read: the bell drops them at once, the lists refetch. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[] | undefined) => markNotificationsRead(ids ? { ids } : {}),
    onSuccess: (_nothing, ids) => {
      queryClient.setQueryData<Page<Notification>>(notificationKeys.unread(), (page) =>
        page ? { ...page, items: ids ? page.items.filter((item) => !ids.includes(item.id)) : [] } : page,
      );
      return queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    },
  });
}
