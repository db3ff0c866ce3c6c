import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { markReadSchema, Notification, NotificationKind, notificationsQuerySchema, Page } from '@pn/shared';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { AfterCommit } from '../../common/after-commit';
import { keysetPage, timeKey } from '../../common/keyset';
import { NotificationEmailsService } from '../email-notifications/notification-emails.service';
import { RealtimeService } from '../realtime/realtime.service';
import { NotificationEntity } from './notification.entity';
import { toNotification } from './notifications.mapper';

/**
 * Something that happened, for some people. Lines are grouped per thread when there is one, else per
 * group, else per practice: an event is about a group (and maybe one of its threads) or about a practice.
 */
export type NotificationEvent = {
  kind: NotificationKind;
  recipientIds: readonly string[];
  actorId: string | null;
  data?: Record<string, unknown>;
} & ({ groupId: string; threadId?: string | null; practiceId?: never } | { practiceId: string; groupId?: never });

// The conflict targets name the partial unique indexes of the migration (with their predicates).
const THREAD_LINE = '(user_id, kind, thread_id) WHERE read_at IS NULL AND thread_id IS NOT NULL';
const GROUP_LINE = '(user_id, kind, group_id) WHERE read_at IS NULL AND thread_id IS NULL AND group_id IS NOT NULL';
const PRACTICE_LINE =
  '(user_id, kind, practice_id) WHERE read_at IS NULL AND thread_id IS NULL AND group_id IS NULL AND practice_id IS NOT NULL';

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly realtime: RealtimeService,
    private readonly emails: NotificationEmailsService,
  ) {}

  /**
   * Records an event for its recipients (never its own actor) within the caller's transaction: one unread
   * line per person, kind and thread (or group, or practice), whose count rises with each event. Once the transaction has
   * committed, each line goes to its reader's sockets as it then is.
   */
  async notify(manager: EntityManager, after: AfterCommit, event: NotificationEvent): Promise<void> {
    // Sorted, so that concurrent events lock the lines they share in the same order.
    const recipients = [...new Set(event.recipientIds)].filter((id) => id !== event.actorId).sort();
    if (recipients.length === 0) return;
    const groupId = event.groupId ?? null;
    const threadId = event.groupId !== undefined ? (event.threadId ?? null) : null;
    const practiceId = event.practiceId ?? null;
    const line = threadId ? THREAD_LINE : groupId ? GROUP_LINE : PRACTICE_LINE;
    const rows = (await manager.query(
      `INSERT INTO notifications (user_id, kind, group_id, thread_id, practice_id, actor_id, data)
       SELECT recipient, $2, $3, $4, $5, $6, $7::jsonb FROM unnest($1::uuid[]) AS recipient
       ON CONFLICT ${line}
       DO UPDATE SET count = notifications.count + 1, updated_at = now(), actor_id = EXCLUDED.actor_id,
                     data = EXCLUDED.data
       RETURNING id`,
      [recipients, event.kind, groupId, threadId, practiceId, event.actorId, JSON.stringify(event.data ?? {})],
    )) as Array<{ id: string }>;
    // Those who asked to hear of this at once by email get it in the same transaction's outbox.
    await this.emails.notified(
      manager,
      rows.map((row) => row.id),
    );
    after.add(() => this.publish(rows.map((row) => row.id)));
  }

  async list(userId: string, query: z.output<typeof notificationsQuerySchema>): Promise<Page<Notification>> {
    const builder = this.withRelations(this.dataSource.manager).where('n.user_id = :userId', { userId });
    if (query.unread === true) builder.andWhere('n.read_at IS NULL');
    if (query.unread === false) builder.andWhere('n.read_at IS NOT NULL');
    const page = await keysetPage(
      builder,
      [
        { sql: timeKey('n.updated_at'), order: 'DESC', type: 'time', value: (n) => n.updatedAt.toISOString() },
        { sql: 'n.id', order: 'DESC', type: 'uuid', value: (n) => n.id },
      ],
      query,
    );
    return { items: page.items.map(toNotification), nextCursor: page.nextCursor };
  }

  /** Marks the caller's lines read: these (others' ids are ignored), or all of them. */
  async markRead(userId: string, body: z.output<typeof markReadSchema>): Promise<void> {
    const builder = this.dataSource
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId });
    if (body.ids) {
      if (body.ids.length === 0) return;
      builder.andWhere('id IN (:...ids)', { ids: body.ids });
    }
    await builder.execute();
  }

  private async publish(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const rows = await this.withRelations(this.dataSource.manager)
      .where({ id: In(ids) })
      .getMany();
    for (const row of rows) this.realtime.toUser(row.userId, 'notification:new', toNotification(row));
  }

  private withRelations(manager: EntityManager) {
    return manager
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .leftJoinAndSelect('n.group', 'g')
      .leftJoinAndSelect('n.thread', 't')
      .leftJoinAndSelect('n.practice', 'p')
      .leftJoinAndSelect('n.actor', 'a');
  }
}
