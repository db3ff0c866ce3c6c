import { z } from 'zod';
import { pageQuerySchema } from '../common/pagination';

export const NOTIFICATION_KINDS = [
  'mention',
  'reply',
  'thread',
  'announcement',
  'join-request',
  'join-decision',
  'added-to-group',
  'practice-submitted',
  'practice-decision',
  'practice-evaluation',
  'practice-feedback',
  'message-flagged',
  'meeting',
  'practice-inquiry',
  'evaluation-verification',
  'research-question',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** One line per kind and thread (or group): a busy thread raises `count`, not fifty lines. */
export interface Notification {
  id: string;
  kind: NotificationKind;
  count: number;
  group: { id: string; slug: string; name: string } | null;
  thread: { id: string; title: string } | null;
  /** The practice a curation, evaluation or feedback notification is about. */
  practice: { id: string; title: string } | null;
  actor: { id: string; displayName: string } | null;
  /** Kind-specific details, such as `{ approved: true }` for a join decision. */
  data: Record<string, unknown>;
  read: boolean;
  createdAt: string;
  updatedAt: string;
}

export const notificationsQuerySchema = pageQuerySchema.extend({
  unread: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});

export const markReadSchema = z.strictObject({
  /** The notifications to mark as read; none means all of them. */
  ids: z.array(z.uuid('must be a UUID')).max(100).optional(),
});
export type MarkReadRequest = z.input<typeof markReadSchema>;
