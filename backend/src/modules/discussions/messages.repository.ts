import type { Message } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../common/database-errors';
import { runPrepared, type PreparedStatement } from '../../database/prepared';
import {
  MEMBERSHIP_FACTS_COLUMNS,
  membershipFactsOf,
  membershipJoin,
  type MembershipFactsOf,
  type MembershipFactsRow,
} from '../groups/membership-facts';
import { ERASED_DISPLAY_NAME } from '../users/users.mapper';
import { excerptOf, type MessageFacts } from './discussions.mapper';
import { MessageEntity } from './message.entity';
import { THREAD_COLUMNS, threadFactsOf, type ThreadFacts, type ThreadRow } from './threads.repository';

/** A timestamp as JavaScript's `toISOString` writes it (milliseconds, truncated as the driver's dates are). */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const visible = (alias: string) =>
  `CASE WHEN ${alias}.deleted_at IS NULL AND ${alias}.hidden_at IS NULL THEN ${alias}.body ELSE '' END`;
const author = (alias: string, erasedName: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'displayName',
     CASE WHEN ${alias}.erased_at IS NULL THEN ${alias}.display_name ELSE ${erasedName} END) END`;

/**
 * A message as the API shows it, built by PostgreSQL (alias `m`, its author `a`, the replied-to message `r`
 * and its author `ra`): the thread's list is the hot read of discussions. The reply's `excerpt` holds its
 * visible words, which `excerptOf` shortens.
 */
const messageJson = (erasedName: string) => `json_build_object(
    'id', m.id, 'threadId', m.thread_id, 'position', m.position, 'clientId', m.client_id, 'body', ${visible('m')},
    'author', ${author('a', erasedName)},
    'replyTo', CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('id', r.id, 'author', ${author('ra', erasedName)},
      'excerpt', ${visible('r')}) END,
    'mentions', m.mentions, 'createdAt', ${iso('m.created_at')}, 'editedAt', ${iso('m.edited_at')},
    'deleted', m.deleted_at IS NOT NULL, 'hidden', m.hidden_at IS NOT NULL,
    'pollId', CASE WHEN m.deleted_at IS NULL AND m.hidden_at IS NULL
      THEN (SELECT p.id FROM polls p WHERE p.message_id = m.id) END)`;

/** What a page of a thread's messages is read with: where it starts, which way, and how many. */
export interface MessagePageQuery {
  threadId: string;
  viewerId: string | null;
  /** The message to page from (exclusive), or null for the newest. */
  anchorId: string | null;
  forward: boolean;
  limit: number;
}

export interface MessagePageRead extends MembershipFactsOf {
  /** The anchor's position, or null when the anchor is not a message of this thread. */
  anchorPosition: number | null;
  /** Up to `limit` messages in ascending position, in the API's shape. */
  items: Message[];
}

const pageStatement = (forward: boolean): PreparedStatement => ({
  name: forward ? 'messages-page-forward' : 'messages-page-backward',
  text: `WITH anchor AS (SELECT position FROM messages WHERE id = $3 AND thread_id = $1),
     page AS (
       SELECT * FROM messages m
        WHERE m.thread_id = $1 AND ($3::uuid IS NULL OR m.position ${forward ? '>' : '<'} (SELECT position FROM anchor))
        ORDER BY m.position ${forward ? 'ASC' : 'DESC'} LIMIT $4)
     SELECT ${MEMBERSHIP_FACTS_COLUMNS}, (SELECT position FROM anchor) AS "anchorPosition",
            (SELECT coalesce(json_agg(${messageJson('$5')} ORDER BY m.position), '[]')
               FROM page m LEFT JOIN users a ON a.id = m.author_id
               LEFT JOIN messages r ON r.id = m.reply_to_id LEFT JOIN users ra ON ra.id = r.author_id)::text AS items
       FROM threads t JOIN groups g ON g.id = t.group_id ${membershipJoin('$2')}
      WHERE t.id = $1`,
});
const PAGE_STATEMENTS = { forward: pageStatement(true), backward: pageStatement(false) };

/**
 * A page of a thread's messages with the thread's membership facts for the viewer, in one statement: the
 * access check, the anchor and the page. Null when there is no such thread. The messages are read whatever
 * the viewer may see: the caller decides, and shows nothing of them if the viewer may not read them.
 */
export async function messagePage(db: EntityManager, query: MessagePageQuery): Promise<MessagePageRead | null> {
  const rows = await runPrepared<MembershipFactsRow & { anchorPosition: number | null; items: string }>(
    db,
    PAGE_STATEMENTS[query.forward ? 'forward' : 'backward'],
    [query.threadId, query.viewerId, query.anchorId, query.limit, ERASED_DISPLAY_NAME],
  );
  const row = rows[0];
  if (!row) return null;
  const items = JSON.parse(row.items) as Message[];
  for (const item of items) {
    if (item.replyTo) item.replyTo.excerpt = excerptOf(item.replyTo.excerpt);
    // Only a message that carries a poll names one.
    if ((item as { pollId?: string | null }).pollId === null) delete item.pollId;
  }
  return { ...membershipFactsOf(row), anchorPosition: row.anchorPosition, items };
}

/** What posting reads first: the group's and the author's membership facts, and the replied-to message if any. */
export interface PostContext extends MembershipFactsOf {
  threadId: string;
  /** The replied-to message of this thread with its author; null when there is none or it is elsewhere. */
  replyTo: (NonNullable<MessageFacts['replyTo']> & { authorId: string | null }) | null;
}

/* Only what posting reads: every column of a result costs the driver work on each execution. */
const POST_CONTEXT: PreparedStatement = {
  name: 'post-context',
  text: `SELECT t.id AS "threadId", ${MEMBERSHIP_FACTS_COLUMNS}, r.id AS "replyId", r.body AS "replyBody",
            r.deleted_at AS "replyDeletedAt", r.hidden_at AS "replyHiddenAt", r.author_id AS "replyAuthorId",
            ra.display_name AS "replyAuthorName", ra.erased_at AS "replyAuthorErasedAt"
       FROM threads t JOIN groups g ON g.id = t.group_id ${membershipJoin('$2')}
       LEFT JOIN messages r ON r.id = $3 AND r.thread_id = t.id LEFT JOIN users ra ON ra.id = r.author_id
      WHERE t.id = $1`,
};

type PostContextRow = MembershipFactsRow & {
  threadId: string;
  replyId: string | null;
  replyBody: string | null;
  replyDeletedAt: Date | null;
  replyHiddenAt: Date | null;
  replyAuthorId: string | null;
  replyAuthorName: string | null;
  replyAuthorErasedAt: Date | null;
};

/** A post's context in one statement: the thread, its group, the author's membership, the replied-to message. */
export async function postContext(
  db: EntityManager,
  threadId: string,
  authorId: string,
  replyToId: string | null,
): Promise<PostContext | null> {
  const rows = await runPrepared<PostContextRow>(db, POST_CONTEXT, [threadId, authorId, replyToId]);
  const row = rows[0];
  if (!row) return null;
  return {
    ...membershipFactsOf(row),
    threadId: row.threadId,
    replyTo:
      row.replyId === null
        ? null
        : {
            id: row.replyId,
            body: row.replyBody ?? '',
            deletedAt: row.replyDeletedAt,
            hiddenAt: row.replyHiddenAt,
            authorId: row.replyAuthorId,
            author:
              row.replyAuthorId === null
                ? null
                : { id: row.replyAuthorId, displayName: row.replyAuthorName ?? '', erasedAt: row.replyAuthorErasedAt },
          },
  };
}

export interface NewMessage {
  threadId: string;
  clientId: string;
  authorId: string;
  body: string;
  replyToId: string | null;
  mentions: string[];
  language: string | null;
}

const INSERT_MESSAGE: PreparedStatement = {
  name: 'insert-message',
  text: `WITH counter AS (
       UPDATE threads SET message_count = message_count + 1, last_message_at = now()
        WHERE id = $1 RETURNING message_count),
     stored AS (
       INSERT INTO messages (thread_id, position, client_id, author_id, body, reply_to_id, mentions, language)
       SELECT $1, counter.message_count, $2, $3, $4, $5, $6::uuid[], $7 FROM counter
       RETURNING id, position, created_at),
     read AS (
       INSERT INTO thread_readers (thread_id, user_id, last_read_position)
       SELECT $1, $3, stored.position FROM stored
       ON CONFLICT (thread_id, user_id)
       DO UPDATE SET last_read_position = greatest(thread_readers.last_read_position, EXCLUDED.last_read_position))
     SELECT id, position, created_at AS "createdAt" FROM stored`,
};

/**
 * Stores a message in one statement: the counter's update locks the thread row and gives the position, the
 * message takes it, and the author has read up to their own message. Null when the author already stored a
 * message with this clientId: the statement then fails as a whole, the counter's update with it, so that it
 * needs no transaction around it (within one, the transaction is spoilt and must roll back).
 */
export async function insertMessage(
  db: EntityManager,
  message: NewMessage,
): Promise<{ id: string; position: number; createdAt: Date } | null> {
  const inserted = await runPrepared<{ id: string; position: number; createdAt: Date }>(db, INSERT_MESSAGE, [
    message.threadId,
    message.clientId,
    message.authorId,
    message.body,
    message.replyToId,
    message.mentions,
    message.language,
  ]).catch((error: unknown) => {
    if (isUniqueViolation(error, 'messages_author_client_id_key')) return [];
    throw error;
  });
  return inserted[0] ?? null;
}

/** A message's state, what the rules on editing, deleting and flagging it read. */
export type MessageState = Pick<MessageEntity, 'id' | 'threadId' | 'authorId' | 'mentions' | 'deletedAt' | 'hiddenAt'>;

/**
 * A message with its thread's facts for the viewer, in one statement; null when there is no such message.
 * `lock` locks the message's row (FOR NO KEY UPDATE) for the rest of the transaction.
 */
export async function messageFacts(
  db: EntityManager,
  messageId: string,
  viewerId: string | null,
  lock = false,
): Promise<(ThreadFacts & { message: MessageState }) | null> {
  const rows = (await db.query(
    `SELECT msg.id AS "messageId", msg.author_id AS "messageAuthorId", msg.mentions AS "messageMentions",
            msg.deleted_at AS "messageDeletedAt", msg.hidden_at AS "messageHiddenAt",
            ${THREAD_COLUMNS}, ${MEMBERSHIP_FACTS_COLUMNS}
       FROM messages msg JOIN threads t ON t.id = msg.thread_id JOIN groups g ON g.id = t.group_id
       ${membershipJoin('$2')} LEFT JOIN users a ON a.id = t.author_id
      WHERE msg.id = $1${lock ? ' FOR NO KEY UPDATE OF msg' : ''}`,
    [messageId, viewerId],
  )) as Array<
    ThreadRow & {
      messageId: string;
      messageAuthorId: string | null;
      messageMentions: string[];
      messageDeletedAt: Date | null;
      messageHiddenAt: Date | null;
    }
  >;
  const row = rows[0];
  if (!row) return null;
  return {
    ...threadFactsOf(row),
    message: {
      id: row.messageId,
      threadId: row.threadId,
      authorId: row.messageAuthorId,
      mentions: row.messageMentions,
      deletedAt: row.messageDeletedAt,
      hiddenAt: row.messageHiddenAt,
    },
  };
}

/** The position of a message of this thread, or null. */
export async function positionOf(db: EntityManager, threadId: string, messageId: string): Promise<number | null> {
  const rows = (await db.query(`SELECT position FROM messages WHERE id = $1 AND thread_id = $2`, [
    messageId,
    threadId,
  ])) as Array<{ position: number }>;
  return rows[0]?.position ?? null;
}

/** The message an author stored with this clientId, anywhere. */
export function byClientId(db: EntityManager, authorId: string, clientId: string): Promise<MessageEntity | null> {
  return db.findOneBy(MessageEntity, { authorId, clientId });
}

/** Messages with what their mapping needs (author, the replied-to message and its author), as a query to narrow. */
function messagesWithRelations(db: EntityManager) {
  return db
    .getRepository(MessageEntity)
    .createQueryBuilder('m')
    .leftJoinAndSelect('m.author', 'a')
    .leftJoinAndSelect('m.replyTo', 'r')
    .leftJoinAndSelect('r.author', 'ra');
}

/** One message with what its mapping needs. */
export function loadMessage(db: EntityManager, id: string): Promise<MessageEntity> {
  return messagesWithRelations(db).where('m.id = :id', { id }).getOneOrFail();
}

export async function editWords(db: EntityManager, id: string, body: string, mentions: string[]): Promise<void> {
  await db.update(MessageEntity, id, { body, mentions, editedAt: new Date() });
}

/** Soft delete: the message keeps its place with no words. */
export async function softDelete(db: EntityManager, id: string): Promise<void> {
  await db.update(MessageEntity, id, { body: '', mentions: [], deletedAt: new Date() });
}

export async function hide(db: EntityManager, id: string): Promise<void> {
  await db.query(`UPDATE messages SET hidden_at = now() WHERE id = $1`, [id]);
}
