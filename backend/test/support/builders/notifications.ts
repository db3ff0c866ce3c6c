import type { Notification, NotificationKind } from '@pn/shared';
import type { TestApp } from '../app';
import { buildUser, idOf, type Someone } from './users';

export interface NotificationOverrides {
  /** Whose notification it is; a new active practitioner unless given. */
  recipient?: Someone;
  /** `mention` unless given. */
  kind?: NotificationKind;
  group?: { id: string } | null;
  thread?: { id: string } | null;
  practice?: { id: string } | null;
  actor?: Someone | null;
  count?: number;
  data?: Record<string, unknown>;
  /** Unread unless given. */
  readAt?: Date | null;
}

/**
 * A notification line straight in the database (no email, no socket push): for tests of the list and of
 * reading, not of what causes one. Answers its id.
 */
export async function buildNotification(app: TestApp, overrides: NotificationOverrides = {}): Promise<string> {
  const recipientId = idOf(overrides.recipient ?? (await buildUser(app)));
  const [row] = (await app.dataSource.query(
    `INSERT INTO notifications (user_id, kind, group_id, thread_id, practice_id, actor_id, count, data, read_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9) RETURNING id`,
    [
      recipientId,
      overrides.kind ?? 'mention',
      overrides.group?.id ?? null,
      overrides.thread?.id ?? null,
      overrides.practice?.id ?? null,
      overrides.actor ? idOf(overrides.actor) : null,
      overrides.count ?? 1,
      JSON.stringify(overrides.data ?? {}),
      overrides.readAt ?? null,
    ],
  )) as Array<{ id: string }>;
  return row!.id;
}

/** Someone's unread notifications, as the API lists them. */
export async function unreadNotifications(app: TestApp, who: { token: string }): Promise<Notification[]> {
  return (await app.request('GET', '/api/notifications?unread=true', { token: who.token })).body.items;
}
