import type { Page, pageQuerySchema } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { keysetPage, timeKey } from '../../common/keyset';
import { MessageFlagEntity } from './message-flag.entity';

/** Stores a flag; false when this person flagged this message already. */
export async function insertFlag(db: EntityManager, messageId: string, flaggedBy: string, reason: string) {
  const inserted = (await db.query(
    `INSERT INTO message_flags (message_id, flagged_by, reason) VALUES ($1, $2, $3)
     ON CONFLICT ON CONSTRAINT message_flags_message_flagger_key DO NOTHING RETURNING id`,
    [messageId, flaggedBy, reason],
  )) as unknown[];
  return inserted.length > 0;
}

/** The open flags of a group's messages, newest first (deleted messages need no decision), with what they show. */
export function openFlagsOfGroup(
  db: EntityManager,
  groupId: string,
  query: z.output<typeof pageQuerySchema>,
): Promise<Page<MessageFlagEntity>> {
  const builder = db
    .getRepository(MessageFlagEntity)
    .createQueryBuilder('f')
    .innerJoinAndSelect('f.message', 'm')
    .innerJoinAndSelect('m.thread', 't')
    .leftJoinAndSelect('m.author', 'a')
    .leftJoinAndSelect('m.replyTo', 'r')
    .leftJoinAndSelect('r.author', 'ra')
    .leftJoinAndSelect('f.flagger', 'flagger')
    .where('t.group_id = :groupId AND f.resolved_at IS NULL AND m.deleted_at IS NULL', { groupId });
  return keysetPage(
    builder,
    [
      { sql: timeKey('f.created_at'), order: 'DESC', type: 'time', value: (f) => f.createdAt.toISOString() },
      { sql: 'f.id', order: 'DESC', type: 'uuid', value: (f) => f.id },
    ],
    query,
  );
}

export function flagById(db: EntityManager, id: string): Promise<MessageFlagEntity | null> {
  return db.findOneBy(MessageFlagEntity, { id });
}

/** Resolves every open flag of a message; the reasons they gave. */
export async function resolveFlagsOf(
  db: EntityManager,
  messageId: string,
  resolvedBy: string,
  resolution: 'hidden' | 'dismissed',
): Promise<string[]> {
  const [resolved] = (await db.query(
    `UPDATE message_flags SET resolved_at = now(), resolved_by = $2, resolution = $3
      WHERE message_id = $1 AND resolved_at IS NULL RETURNING reason`,
    [messageId, resolvedBy, resolution],
  )) as [Array<{ reason: string }>, number];
  return resolved.map((row) => row.reason);
}
