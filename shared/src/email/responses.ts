import { z } from 'zod';
import { responseText, responseTime } from '../common/fields';
import { responseId, responseObject, type Proves, type SameShape } from '../common/responses';
import type { EmailRecord, Invitation, InvitationPreview, NotificationSettings, UnsubscribeResult } from './types';
import {
  DIGEST_EMAIL_KINDS,
  EMAIL_FREQUENCIES,
  EMAIL_KINDS,
  EMAIL_SETTING_KINDS,
  EMAIL_STATES,
  INVITATION_STATES,
} from './vocabularies';

const frequency = z.enum(EMAIL_FREQUENCIES);

export const notificationSettingsResponseSchema = responseObject({
  kinds: responseObject(
    Object.fromEntries(EMAIL_SETTING_KINDS.map((kind) => [kind, frequency])) as Record<
      (typeof EMAIL_SETTING_KINDS)[number],
      typeof frequency
    >,
  ),
  groups: z.array(responseObject({ groupSlug: responseText, groupName: responseText, frequency })),
});

export const emailRecordSchema = responseObject({
  id: responseId,
  to: responseText,
  kind: z.enum(EMAIL_KINDS),
  state: z.enum(EMAIL_STATES),
  error: responseText.optional(),
  attempts: z.number().int(),
  createdAt: responseTime,
  sentAt: responseTime.nullable(),
});

const groupNameSchema = responseObject({ slug: responseText, name: responseText });

export const invitationSchema = responseObject({
  id: responseId,
  email: responseText,
  group: groupNameSchema.nullable(),
  invitedBy: responseObject({ id: responseId, displayName: responseText }).nullable(),
  state: z.enum(INVITATION_STATES),
  createdAt: responseTime,
  expiresAt: responseTime,
  acceptedAt: responseTime.nullable(),
});

export const invitationPreviewSchema = responseObject({
  email: responseText,
  group: groupNameSchema.nullable(),
  invitedBy: responseText.nullable(),
  expiresAt: responseTime,
});

export const unsubscribeResultSchema = responseObject({
  kind: z.enum([...EMAIL_SETTING_KINDS, ...DIGEST_EMAIL_KINDS]),
});

export type EmailResponseChecks = [
  Proves<SameShape<z.output<typeof notificationSettingsResponseSchema>, NotificationSettings>>,
  Proves<SameShape<z.output<typeof emailRecordSchema>, EmailRecord>>,
  Proves<SameShape<z.output<typeof invitationSchema>, Invitation>>,
  Proves<SameShape<z.output<typeof invitationPreviewSchema>, InvitationPreview>>,
  Proves<SameShape<z.output<typeof unsubscribeResultSchema>, UnsubscribeResult>>,
];
