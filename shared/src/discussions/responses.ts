import { z } from 'zod';
import { responseText, responseTime } from '../common/fields';
import { responseId, responseObject, type Proves, type SameShape } from '../common/responses';
import type { Author, Message, MessageFlag, Thread } from './types';

export const authorSchema = responseObject({ id: responseId, displayName: responseText });

export const threadSchema = responseObject({
  id: responseId,
  groupId: responseId,
  groupSlug: responseText,
  title: responseText,
  body: responseText,
  author: authorSchema.nullable(),
  announcement: z.boolean(),
  pinned: z.boolean(),
  pinnedAt: responseTime.nullable(),
  messageCount: z.number().int(),
  lastMessageAt: responseTime,
  createdAt: responseTime,
  unreadCount: z.number().int().optional(),
  muted: z.boolean().optional(),
});

export const messageSchema = responseObject({
  id: responseId,
  threadId: responseId,
  position: z.number().int(),
  clientId: responseId,
  body: responseText,
  author: authorSchema.nullable(),
  replyTo: responseObject({ id: responseId, author: authorSchema.nullable(), excerpt: responseText }).nullable(),
  mentions: z.array(responseText),
  createdAt: responseTime,
  editedAt: responseTime.nullable(),
  deleted: z.boolean(),
  hidden: z.boolean(),
  pollId: responseId.optional(),
});

export const messageFlagSchema = responseObject({
  id: responseId,
  message: messageSchema,
  threadTitle: responseText,
  reason: responseText,
  flaggedBy: authorSchema.nullable(),
  createdAt: responseTime,
});

export type DiscussionResponseChecks = [
  Proves<SameShape<z.output<typeof authorSchema>, Author>>,
  Proves<SameShape<z.output<typeof threadSchema>, Thread>>,
  Proves<SameShape<z.output<typeof messageSchema>, Message>>,
  Proves<SameShape<z.output<typeof messageFlagSchema>, MessageFlag>>,
];
