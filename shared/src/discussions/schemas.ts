import { z } from 'zod';
import { languageCode, opaqueText, textBlock, textLine } from '../common/fields';
import { LIMITS } from '../common/limits';

export const DISCUSSION_LIMITS = {
  titleMax: 200,
  bodyMax: 10_000,
  flagReasonMax: 1000,
  messagesPageMax: 200,
} as const;

const body = textBlock(DISCUSSION_LIMITS.bodyMax);

export const createThreadSchema = z.strictObject({
  title: textLine(DISCUSSION_LIMITS.titleMax),
  body,
  /** Group coordinators only: every member is notified, and it stays at the top of the group. */
  announcement: z.boolean().default(false),
});
export type CreateThreadRequest = z.input<typeof createThreadSchema>;

export const postMessageSchema = z.strictObject({
  body,
  /** Made by the client once per message: a retry with the same id stores nothing new. */
  clientId: z.uuid('must be a UUID'),
  replyToId: z.uuid('must be a UUID').optional(),
  /** ISO 639-1; search stems the message in it. Without it, the author's first profile language is used. */
  language: languageCode.optional(),
});
export type PostMessageRequest = z.input<typeof postMessageSchema>;

export const editMessageSchema = z.strictObject({ body });
export type EditMessageRequest = z.input<typeof editMessageSchema>;

export const flagMessageSchema = z.strictObject({
  reason: textLine(DISCUSSION_LIMITS.flagReasonMax),
});
export type FlagMessageRequest = z.input<typeof flagMessageSchema>;

export const resolveFlagSchema = z.strictObject({
  decision: z.enum(['hide', 'dismiss']),
});
export type ResolveFlagRequest = z.input<typeof resolveFlagSchema>;

export const messagesQuerySchema = z
  .object({
    after: z.uuid('must be a message id').optional(),
    before: z.uuid('must be a message id').optional(),
    limit: z.coerce.number().int().min(1).max(DISCUSSION_LIMITS.messagesPageMax).default(50),
  })
  .refine((query) => !(query.after && query.before), { message: 'after and before cannot be combined' });
export type MessagesQuery = z.input<typeof messagesQuerySchema>;

export const threadsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(LIMITS.pageMax).default(LIMITS.pageDefault),
  cursor: opaqueText(200).optional(),
});

export const threadReadSchema = z.strictObject({
  /** The last message the reader has seen. */
  messageId: z.uuid('must be a message id'),
});

/** `@[Display name](user-id)`: what the composer inserts for a mention; the id is what counts. */
export const MENTION_PATTERN =
  /@\[([^\]\n]{1,100})\]\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;

export function mentionedUserIds(text: string): string[] {
  return [...new Set([...text.matchAll(MENTION_PATTERN)].map((match) => match[2]!.toLowerCase()))];
}
