import type { Notification } from '@pn/shared';
import { displayNameOf } from '../users/users.mapper';
import type { NotificationEntity } from './notification.entity';

/** `group`, `thread`, `practice` and `actor` loaded. */
export function toNotification(notification: NotificationEntity): Notification {
  const { group, thread, practice, actor } = notification;
  return {
    id: notification.id,
    kind: notification.kind,
    count: notification.count,
    group: group ? { id: group.id, slug: group.slug, name: group.name } : null,
    thread: thread ? { id: thread.id, title: thread.title } : null,
    practice: practice ? { id: practice.id, title: practice.title } : null,
    actor: actor ? { id: actor.id, displayName: displayNameOf(actor) } : null,
    data: notification.data,
    read: notification.readAt !== null,
    createdAt: notification.createdAt.toISOString(),
    updatedAt: notification.updatedAt.toISOString(),
  };
}
