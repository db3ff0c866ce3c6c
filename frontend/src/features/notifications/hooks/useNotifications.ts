import type { Notification, Page } from '@pn/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { markNotificationsRead, notificationKeys, notificationListQuery, unreadNotificationsQuery } from '../api';
import { usePagedQuery } from '../../../lib/usePagedQuery';

export function useUnreadNotifications(enabled: boolean) {
  return useQuery({ ...unreadNotificationsQuery, enabled });
}

export function useNotificationList() {
  return usePagedQuery(notificationListQuery);
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
