import type { Message, Poll } from '@pn/shared';
import { randomUUID } from 'node:crypto';
import { ThreadEntity } from '../../../src/modules/discussions/thread.entity';
import type { TestApp } from '../app';
import { addMember, buildGroup } from './groups';
import { buildUser, idOf, type BuiltUser, type Someone } from './users';

export interface ThreadOverrides {
  /** A new group unless given. */
  group?: { id: string };
  /** A new active member of the group unless given; `null`: no author (as after an erasure). */
  author?: Someone | null;
  title?: string;
  body?: string;
  announcement?: boolean;
  /** Pinned since then; not pinned unless given. */
  pinnedAt?: Date | null;
  /** The time of its latest message (now unless given): orders the group's threads. */
  lastMessageAt?: Date;
}

/** The group a thread, or a message's thread, belongs to. */
async function groupOf(app: TestApp, of: { thread: string } | { message: string }): Promise<{ id: string }> {
  const [row] = (
    'thread' in of
      ? await app.dataSource.query(`SELECT group_id FROM threads WHERE id = $1`, [of.thread])
      : await app.dataSource.query(
          `SELECT t.group_id FROM messages m JOIN threads t ON t.id = m.thread_id WHERE m.id = $1`,
          [of.message],
        )
  ) as Array<{ group_id: string }>;
  if (!row) throw new Error(`no group for ${JSON.stringify(of)}`);
  return { id: row.group_id };
}

/** A thread straight in the database, with no messages yet. */
export async function buildThread(app: TestApp, overrides: ThreadOverrides = {}): Promise<ThreadEntity> {
  const { group: given, author: givenAuthor, ...columns } = overrides;
  const group = given ?? (await buildGroup(app));
  let author = givenAuthor;
  if (author === undefined) {
    author = await buildUser(app);
    await addMember(app, group, author);
  }
  const repository = app.dataSource.getRepository(ThreadEntity);
  return repository.save(
    repository.create({
      groupId: group.id,
      authorId: author ? idOf(author) : null,
      title: 'A test thread',
      body: 'The opening post of a test thread.',
      announcement: false,
      ...columns,
    }),
  );
}

export interface MessageOverrides {
  /** The thread posted in; a new thread of a new group unless given. */
  thread?: { id: string };
  /** A member of the thread's group who may post; a new member of the thread's group unless given. */
  author?: BuiltUser;
  body?: string;
  clientId?: string;
  replyToId?: string;
  language?: string;
}

/** A message posted through the API, as a member posts it (notifications, sockets and search follow). */
export async function buildMessage(app: TestApp, overrides: MessageOverrides = {}): Promise<Message> {
  let { thread, author } = overrides;
  if (!author) {
    author = await buildUser(app);
    if (thread) await addMember(app, await groupOf(app, { thread: thread.id }), author);
  }
  if (!thread) {
    const group = await buildGroup(app);
    await addMember(app, group, author);
    thread = await buildThread(app, { group, author });
  }
  const { body, clientId, replyToId, language } = overrides;
  const response = await app.request<Message>('POST', `/api/threads/${thread.id}/messages`, {
    token: author.token,
    body: {
      body: body ?? 'A message of a test.',
      clientId: clientId ?? randomUUID(),
      ...(replyToId ? { replyToId } : {}),
      ...(language ? { language } : {}),
    },
  });
  if (response.status !== 201) throw new Error(`posting failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export interface MessageRowsOverrides {
  thread: { id: string };
  author?: Someone | null;
  count?: number;
  /** The text of the i-th message (from 1). */
  body?: (i: number) => string;
  /** When the i-th message (from 1) was written; now unless given. */
  createdAt?: (i: number) => Date;
}

/**
 * Many messages straight in the table, in one statement (the search index follows through its triggers),
 * for tests of volume or of time; the thread's message count and latest message follow. Answers their ids
 * in order.
 */
export async function buildMessages(app: TestApp, overrides: MessageRowsOverrides): Promise<string[]> {
  const count = overrides.count ?? 1;
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  const bodies = numbers.map((i) => overrides.body?.(i) ?? `Message ${i}`);
  const times = numbers.map((i) => (overrides.createdAt?.(i) ?? new Date()).toISOString());
  const authorId = overrides.author ? idOf(overrides.author) : null;
  const rows = (await app.dataSource.query(
    `WITH start AS (SELECT message_count FROM threads WHERE id = $1 FOR UPDATE)
     INSERT INTO messages (thread_id, position, client_id, author_id, body, created_at)
     SELECT $1, start.message_count + m.i, gen_random_uuid(), $2, m.body, m.created_at
       FROM start, unnest($3::int[], $4::text[], $5::timestamptz[]) AS m(i, body, created_at)
     RETURNING id, position`,
    [overrides.thread.id, authorId, numbers, bodies, times],
  )) as Array<{ id: string; position: number }>;
  await app.dataSource.query(
    `UPDATE threads SET message_count = message_count + $2,
            last_message_at = greatest(last_message_at, (SELECT max(t) FROM unnest($3::timestamptz[]) AS t))
      WHERE id = $1`,
    [overrides.thread.id, count, times],
  );
  return rows.sort((a, b) => a.position - b.position).map((row) => row.id);
}

export interface FlagOverrides {
  /** The message flagged; a new one unless given. */
  message?: { id: string };
  /** Who flags it: a reader who is not its author; a new member of the message's group unless given. */
  flaggedBy?: BuiltUser;
  reason?: string;
}

/** A flag raised through the API, as a reader raises it. Answers the flagged message id and the flagger. */
export async function buildFlag(
  app: TestApp,
  overrides: FlagOverrides = {},
): Promise<{ messageId: string; flaggedBy: BuiltUser }> {
  const message = overrides.message ?? (await buildMessage(app));
  let flaggedBy = overrides.flaggedBy;
  if (!flaggedBy) {
    flaggedBy = await buildUser(app);
    await addMember(app, await groupOf(app, { message: message.id }), flaggedBy);
  }
  const response = await app.request('POST', `/api/messages/${message.id}/flag`, {
    token: flaggedBy.token,
    body: { reason: overrides.reason ?? 'A reason given by a test.' },
  });
  if (response.status !== 201) throw new Error(`flagging failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { messageId: message.id, flaggedBy };
}

export interface PollOverrides {
  /** The thread it is made in; a new thread of a new group unless given. */
  thread?: { id: string };
  /** A member of the thread's group; a new member of it unless given. */
  author?: BuiltUser;
  question?: string;
  options?: string[];
  multiple?: boolean;
  anonymous?: boolean;
  results?: 'live' | 'after-close';
  closesAt?: string;
}

/** A poll made through the API, as a member makes it (its message and socket events follow). */
export async function buildPoll(app: TestApp, overrides: PollOverrides = {}): Promise<Poll> {
  let { thread, author } = overrides;
  if (!author) {
    author = await buildUser(app);
    if (thread) await addMember(app, await groupOf(app, { thread: thread.id }), author);
  }
  if (!thread) {
    const group = await buildGroup(app);
    await addMember(app, group, author);
    thread = await buildThread(app, { group, author });
  }
  const response = await app.request<Poll>('POST', `/api/threads/${thread.id}/polls`, {
    token: author.token,
    body: {
      question: overrides.question ?? 'Which day suits the next meeting?',
      options: overrides.options ?? ['Tuesday', 'Wednesday', 'Thursday'],
      multiple: overrides.multiple ?? false,
      anonymous: overrides.anonymous ?? false,
      results: overrides.results ?? 'live',
      ...(overrides.closesAt ? { closesAt: overrides.closesAt } : {}),
    },
  });
  if (response.status !== 201)
    throw new Error(`making a poll failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
