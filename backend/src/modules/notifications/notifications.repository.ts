import type { NotificationKind, notificationsQuerySchema, Page } from '@pn/shared';
import { In, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { keysetPage, timeKey } from '../../common/keyset';
import { NotificationEntity } from './notification.entity';

// The conflict targets name the partial unique indexes of the migration (with their predicates).
const THREAD_LINE = '(user_id, kind, thread_id) WHERE read_at IS NULL AND thread_id IS NOT NULL';
const GROUP_LINE = '(user_id, kind, group_id) WHERE read_at IS NULL AND thread_id IS NULL AND group_id IS NOT NULL';
const PRACTICE_LINE =
  '(user_id, kind, practice_id) WHERE read_at IS NULL AND thread_id IS NULL AND group_id IS NULL AND practice_id IS NOT NULL';

/** The notification lines' reads and writes; the service calls them with its transaction's manager. */
export const notificationsRepository = {
  /**
   * One unread line per recipient, kind and thread (or group, or practice): a new one, or the existing one
   * whose count rises. Returns the lines' ids.
   */
  async upsertLines(
    manager: EntityManager,
    recipients: string[],
    line: {
      kind: NotificationKind;
      groupId: string | null;
      threadId: string | null;
      practiceId: string | null;
      actorId: string | null;
      data: Record<string, unknown>;
    },
  ): Promise<string[]> {
    const target = line.threadId ? THREAD_LINE : line.groupId ? GROUP_LINE : PRACTICE_LINE;
    const rows = (await manager.query(
      `INSERT INTO notifications (user_id, kind, group_id, thread_id, practice_id, actor_id, data)
       SELECT recipient, $2, $3, $4, $5, $6, $7::jsonb FROM unnest($1::uuid[]) AS recipient
       ON CONFLICT ${target}
       DO UPDATE SET count = notifications.count + 1, updated_at = now(), actor_id = EXCLUDED.actor_id,
                     data = EXCLUDED.data
       RETURNING id`,
      [recipients, line.kind, line.groupId, line.threadId, line.practiceId, line.actorId, JSON.stringify(line.data)],
    )) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  },

  /** A page of the person's lines, the most recently changed first; read or unread only, if asked. */
  page(
    manager: EntityManager,
    userId: string,
    query: z.output<typeof notificationsQuerySchema>,
  ): Promise<Page<NotificationEntity>> {
    const builder = withRelations(manager).where('n.user_id = :userId', { userId });
    if (query.unread === true) builder.andWhere('n.read_at IS NULL');
    if (query.unread === false) builder.andWhere('n.read_at IS NOT NULL');
    return keysetPage(
      builder,
      [
        { sql: timeKey('n.updated_at'), order: 'DESC', type: 'time', value: (n) => n.updatedAt.toISOString() },
        { sql: 'n.id', order: 'DESC', type: 'uuid', value: (n) => n.id },
      ],
      query,
    );
  },

  /** Marks the person's unread lines read: these (others' ids are ignored), or all of them. */
  async markRead(manager: EntityManager, userId: string, ids?: string[]): Promise<void> {
    const builder = manager
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId });
    if (ids) builder.andWhere('id IN (:...ids)', { ids });
    await builder.execute();
  },

  /** These lines, with what they are about, as they are shown. */
  byIds(manager: EntityManager, ids: string[]): Promise<NotificationEntity[]> {
    return withRelations(manager)
      .where({ id: In(ids) })
      .getMany();
  },

  /** A person's notification lines, newest first, with what they show: for their data export. */
  ofPerson(manager: EntityManager, userId: string): Promise<NotificationEntity[]> {
    return manager.find(NotificationEntity, {
      where: { userId },
      relations: { group: true, thread: true, practice: true, actor: true },
      order: { updatedAt: 'DESC' },
    });
  },

  async removeOfPerson(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(NotificationEntity, { userId });
  },
};

function withRelations(manager: EntityManager) {
  return manager
    .getRepository(NotificationEntity)
    .createQueryBuilder('n')
    .leftJoinAndSelect('n.group', 'g')
    .leftJoinAndSelect('n.thread', 't')
    .leftJoinAndSelect('n.practice', 'p')
    .leftJoinAndSelect('n.actor', 'a');
}
