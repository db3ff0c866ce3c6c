import type { Notification, Page, ServerToClientEvents } from '@pn/shared';
import type { QueryClient } from '@tanstack/react-query';
import type { AppSocket } from '../../lib/socket';
import { groupKeys } from '../groups';
import { notificationKeys } from './api';

/** Puts a line (new, or raised in count) first in a list of unread lines, in place of its older copy. */
export function upsertUnread(page: Page<Notification>, notification: Notification): Page<Notification> {
  const others = page.items.filter((item) => item.id !== notification.id);
  return { ...page, items: notification.read ? others : [notification, ...others] };
}

/** A notification line arrived: the bell updates at once, the full list and what the line is about refetch. */
export function syncNotifications(socket: AppSocket, client: QueryClient): () => void {
  const onNotification: ServerToClientEvents['notification:new'] = (notification) => {
    const unread = client.getQueryData<Page<Notification>>(notificationKeys.unread());
    if (unread) client.setQueryData(notificationKeys.unread(), upsertUnread(unread, notification));
    else void client.invalidateQueries({ queryKey: notificationKeys.unread() });
    void client.invalidateQueries({ queryKey: notificationKeys.list() });
    // Decisions about memberships change what the user may see and do in the group.
    if (notification.kind === 'join-request' && notification.group) {
      void client.invalidateQueries({ queryKey: groupKeys.members(notification.group.slug) });
    }
    if (notification.kind === 'message-flagged' && notification.group) {
      void client.invalidateQueries({ queryKey: groupKeys.flags(notification.group.slug) });
    }
    if (notification.kind === 'join-decision' || notification.kind === 'added-to-group') {
      void client.invalidateQueries({ queryKey: groupKeys.all });
    }
  };
  socket.on('notification:new', onNotification);
  return () => {
    socket.off('notification:new', onNotification);
  };
}
