import type { Page, pageQuerySchema } from '@pn/shared';
import { In, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { keysetPage, timeKey } from '../../common/keyset';
import {
  MEMBERSHIP_FACTS_COLUMNS,
  membershipFactsOf,
  membershipJoin,
  type MembershipFactsOf,
  type MembershipFactsRow,
} from '../groups/membership-facts';
import type { AuthorFacts } from '../users/author.mapper';
import { ThreadReaderEntity } from './thread-reader.entity';
import { ThreadEntity } from './thread.entity';

/** What a thread's mapping reads: the row, its group's slug and its author. */
export interface ThreadView extends Pick<
  ThreadEntity,
  | 'id'
  | 'groupId'
  | 'title'
  | 'body'
  | 'authorId'
  | 'announcement'
  | 'pinnedAt'
  | 'messageCount'
  | 'lastMessageAt'
  | 'createdAt'
> {
  group?: { slug: string };
  author?: AuthorFacts | null;
}

/** A thread with its group's and the viewer's membership facts. */
export interface ThreadFacts extends MembershipFactsOf {
  thread: ThreadView & { group: { slug: string } };
}

/** The thread's columns (alias `t`) and its author's (alias `a`), as `threadOf` reads them. */
export const THREAD_COLUMNS = `t.id AS "threadId", t.group_id AS "threadGroupId", t.title AS "threadTitle",
  t.body AS "threadBody", t.author_id AS "threadAuthorId", t.announcement AS "threadAnnouncement", t.pinned_at AS "threadPinnedAt",
  t.message_count AS "threadMessageCount", t.last_message_at AS "threadLastMessageAt",
  t.created_at AS "threadCreatedAt", a.display_name AS "threadAuthorName", a.erased_at AS "threadAuthorErasedAt"`;

export interface ThreadRow extends MembershipFactsRow {
  threadId: string;
  threadGroupId: string;
  threadTitle: string;
  threadBody: string;
  threadAuthorId: string | null;
  threadAnnouncement: boolean;
  threadPinnedAt: Date | null;
  threadMessageCount: number;
  threadLastMessageAt: Date;
  threadCreatedAt: Date;
  threadAuthorName: string | null;
  threadAuthorErasedAt: Date | null;
}

export function threadFactsOf(row: ThreadRow): ThreadFacts {
  const facts = membershipFactsOf(row);
  return {
    ...facts,
    thread: {
      id: row.threadId,
      groupId: row.threadGroupId,
      title: row.threadTitle,
      body: row.threadBody,
      authorId: row.threadAuthorId,
      announcement: row.threadAnnouncement,
      pinnedAt: row.threadPinnedAt,
      messageCount: row.threadMessageCount,
      lastMessageAt: row.threadLastMessageAt,
      createdAt: row.threadCreatedAt,
      group: { slug: row.groupSlug },
      author:
        row.threadAuthorId === null
          ? null
          : { id: row.threadAuthorId, displayName: row.threadAuthorName ?? '', erasedAt: row.threadAuthorErasedAt },
    },
  };
}

/** FROM a thread `t` with its group `g`, its author `a` and the membership `m` of the person `userId`. */
export const threadJoins = (userId: string) =>
  `threads t JOIN groups g ON g.id = t.group_id ${membershipJoin(userId)} LEFT JOIN users a ON a.id = t.author_id`;

/** The thread, its group, its author and the viewer's membership facts, in one statement; null if none. */
export async function threadFacts(db: EntityManager, threadId: string, viewerId: string | null) {
  const rows = (await db.query(
    `SELECT ${THREAD_COLUMNS}, ${MEMBERSHIP_FACTS_COLUMNS} FROM ${threadJoins('$2')} WHERE t.id = $1`,
    [threadId, viewerId],
  )) as ThreadRow[];
  return rows[0] ? threadFactsOf(rows[0]) : null;
}

/** A group's threads: pinned ones first, then announcements, then by latest message, newest first. */
export function threadsOfGroup(
  db: EntityManager,
  groupId: string,
  query: z.output<typeof pageQuerySchema>,
): Promise<Page<ThreadEntity>> {
  const builder = db
    .getRepository(ThreadEntity)
    .createQueryBuilder('t')
    .innerJoinAndSelect('t.group', 'g')
    .leftJoinAndSelect('t.author', 'a')
    .where('t.group_id = :groupId', { groupId });
  return keysetPage(
    builder,
    [
      { sql: '(t.pinned_at IS NOT NULL)', order: 'DESC', type: 'boolean', value: (t) => t.pinnedAt !== null },
      { sql: 't.announcement', order: 'DESC', type: 'boolean', value: (t) => t.announcement },
      { sql: timeKey('t.last_message_at'), order: 'DESC', type: 'time', value: (t) => t.lastMessageAt.toISOString() },
      { sql: 't.id', order: 'DESC', type: 'uuid', value: (t) => t.id },
    ],
    query,
  );
}

export async function insertThread(
  db: EntityManager,
  thread: Pick<ThreadEntity, 'groupId' | 'title' | 'body' | 'authorId' | 'announcement'>,
): Promise<string> {
  const saved = await db.save(db.create(ThreadEntity, thread));
  return saved.id;
}

/** Pins (at `at`) or unpins a thread; a thread pinned already keeps its first pinning time. */
export async function setPinned(db: EntityManager, threadId: string, at: Date | null): Promise<void> {
  await db.query(
    `UPDATE threads SET pinned_at = CASE WHEN $2::timestamptz IS NULL THEN NULL ELSE coalesce(pinned_at, $2) END
      WHERE id = $1`,
    [threadId, at],
  );
}

/** Moves a reader's position forward to `position` (never back). */
export async function markRead(db: EntityManager, threadId: string, userId: string, position: number): Promise<void> {
  await db.query(
    `INSERT INTO thread_readers (thread_id, user_id, last_read_position) VALUES ($1, $2, $3)
     ON CONFLICT (thread_id, user_id)
     DO UPDATE SET last_read_position = greatest(thread_readers.last_read_position, EXCLUDED.last_read_position)`,
    [threadId, userId, position],
  );
}

export async function setThreadMuted(db: EntityManager, threadId: string, userId: string, muted: boolean) {
  await db.query(
    `INSERT INTO thread_readers (thread_id, user_id, muted) VALUES ($1, $2, $3)
     ON CONFLICT (thread_id, user_id) DO UPDATE SET muted = EXCLUDED.muted`,
    [threadId, userId, muted],
  );
}

/** A reader's positions and mutes in these threads. */
export function readersOf(db: EntityManager, userId: string, threadIds: string[]): Promise<ThreadReaderEntity[]> {
  return threadIds.length
    ? db.getRepository(ThreadReaderEntity).findBy({ userId, threadId: In(threadIds) })
    : Promise.resolve([]);
}
