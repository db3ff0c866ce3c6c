import { MENTION_PATTERN, type Message, type MessageFlag, type Thread } from '@pn/shared';
import { toAuthor, type AuthorFacts } from '../users/author.mapper';
import type { MessageFlagEntity } from './message-flag.entity';
import type { MessageEntity } from './message.entity';
import type { ThreadEntity } from './thread.entity';

/** Length of the quoted start of a replied-to message. */
export const EXCERPT_LENGTH = 140;

type Words = Pick<MessageEntity, 'body' | 'deletedAt' | 'hiddenAt'>;

/**
 * What a message's mapping reads: the row, its author, and the replied-to message with its author; an entity
 * loaded with those relations is one, and so is a row of the thread's list read in SQL.
 */
export interface MessageFacts
  extends
    Words,
    Pick<MessageEntity, 'id' | 'threadId' | 'position' | 'clientId' | 'mentions' | 'createdAt' | 'editedAt'> {
  author?: AuthorFacts | null;
  replyTo?: (Words & { id: string; author?: AuthorFacts | null }) | null;
  /** The poll the message carries, when it carries one. */
  pollId?: string | null;
}

/** What a reader sees of a message's words: nothing once it was deleted or hidden by a coordinator. */
const visibleBody = (message: Words) => (message.deletedAt || message.hiddenAt ? '' : message.body);

/** The start of a message on one line, never cutting a mention `@[Name](id)` in half. */
export function excerptOf(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_LENGTH) return text;
  let end = EXCERPT_LENGTH - 1;
  for (const match of text.matchAll(MENTION_PATTERN)) {
    const start = match.index;
    if (start >= end) break;
    if (start + match[0].length > end) end = start;
  }
  return `${text.slice(0, end).trimEnd()}…`;
}

/** The reader's own view of a thread (active members): messages not yet read, and whether they muted it. */
export interface ReaderView {
  unreadCount: number;
  muted: boolean;
}

/** `thread.group` and `thread.author` loaded. */
export function toThread(
  thread: Pick<
    ThreadEntity,
    'id' | 'groupId' | 'title' | 'body' | 'announcement' | 'pinnedAt' | 'messageCount' | 'lastMessageAt' | 'createdAt'
  > & { group?: { slug: string }; author?: AuthorFacts | null },
  reader?: ReaderView,
): Thread {
  return {
    id: thread.id,
    groupId: thread.groupId,
    groupSlug: thread.group!.slug,
    title: thread.title,
    body: thread.body,
    author: toAuthor(thread.author),
    announcement: thread.announcement,
    pinned: thread.pinnedAt !== null,
    pinnedAt: thread.pinnedAt?.toISOString() ?? null,
    messageCount: thread.messageCount,
    lastMessageAt: thread.lastMessageAt.toISOString(),
    createdAt: thread.createdAt.toISOString(),
    ...(reader ? { unreadCount: reader.unreadCount, muted: reader.muted } : {}),
  };
}

/**
 * `message.author`, `message.replyTo` and its author loaded. `revealHidden` is for the author's own data
 * export only: a hidden message is still theirs.
 */
export function toMessage(message: MessageFacts, options: { revealHidden?: boolean } = {}): Message {
  const replyTo = message.replyTo;
  return {
    id: message.id,
    threadId: message.threadId,
    position: message.position,
    clientId: message.clientId,
    body: options.revealHidden && !message.deletedAt ? message.body : visibleBody(message),
    author: toAuthor(message.author),
    replyTo: replyTo
      ? { id: replyTo.id, author: toAuthor(replyTo.author), excerpt: excerptOf(visibleBody(replyTo)) }
      : null,
    mentions: message.mentions,
    createdAt: message.createdAt.toISOString(),
    editedAt: message.editedAt?.toISOString() ?? null,
    deleted: message.deletedAt !== null,
    hidden: message.hiddenAt !== null,
    ...(message.pollId ? { pollId: message.pollId } : {}),
  };
}

/** `flag.message` (as for toMessage, plus its thread) and `flag.flagger` loaded. */
export function toMessageFlag(flag: MessageFlagEntity): MessageFlag {
  const message = flag.message!;
  return {
    id: flag.id,
    message: toMessage(message),
    threadTitle: message.thread!.title,
    reason: flag.reason,
    flaggedBy: toAuthor(flag.flagger),
    createdAt: flag.createdAt.toISOString(),
  };
}
