import type { EmailFrequency, Locale, NotificationKind } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import { NotificationEntity } from '../notifications/notification.entity';

/** Whom a notification line concerns, with what decides whether it goes out by email now. */
export interface Recipient {
  id: string;
  user_id: string;
  email: string;
  locale: Locale;
  kind: NotificationKind;
  kinds: Record<string, unknown> | null;
  group_frequency: EmailFrequency | null;
  pending: boolean;
  version: string;
}

/** The reads of the notification emails: the lines to send and their recipients' settings. */
export const notificationEmailsRepository = {
  /** The notification line, with what its text shows. */
  notification(manager: EntityManager, id: string): Promise<NotificationEntity | null> {
    return manager.findOne(NotificationEntity, {
      where: { id },
      relations: { group: true, thread: true, practice: true, actor: true },
    });
  },

  /** The recipients of these lines who are still active, with their settings and whether an email waits. */
  recipients(manager: EntityManager, ids: string[]): Promise<Recipient[]> {
    return manager.query(
      `SELECT n.id, n.user_id, u.email, u.locale, n.kind, s.kinds, g.frequency AS group_frequency,
              (extract(epoch FROM n.updated_at) * 1000000)::bigint::text AS version,
              EXISTS (SELECT 1 FROM emails e WHERE e.notification_id = n.id AND e.state = 'queued') AS pending
         FROM notifications n
         JOIN users u ON u.id = n.user_id
         LEFT JOIN email_settings s ON s.user_id = n.user_id
         LEFT JOIN group_email_settings g ON g.user_id = n.user_id AND g.group_id = n.group_id
        WHERE n.id = ANY($1::uuid[]) AND u.status = 'active' AND u.erased_at IS NULL`,
      [ids],
    ) as Promise<Recipient[]>;
  },
};
