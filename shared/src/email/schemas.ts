import { z } from 'zod';
import { emailAddress, text } from '../common/fields';
import { pageQuerySchema } from '../common/pagination';
import { passwordSchema } from '../accounts/schemas';
import { slugSchema } from '../groups/schemas';
import { EMAIL_FREQUENCIES, EMAIL_SETTING_KINDS } from './vocabularies';

/** The tokens of emailed links: opaque, URL-safe, bounded. */
export const linkToken = text()
  .trim()
  .min(16, 'is not a valid link token')
  .max(512, 'is not a valid link token')
  .regex(/^[A-Za-z0-9_.-]+$/, 'is not a valid link token');

export const confirmEmailSchema = z.strictObject({ token: linkToken });
export type ConfirmEmailRequest = z.input<typeof confirmEmailSchema>;

export const passwordResetRequestSchema = z.strictObject({ email: emailAddress });
export type PasswordResetRequest = z.input<typeof passwordResetRequestSchema>;

export const passwordResetConfirmSchema = z.strictObject({ token: linkToken, password: passwordSchema });
export type PasswordResetConfirmRequest = z.input<typeof passwordResetConfirmSchema>;

export const unsubscribeQuerySchema = z.object({ token: linkToken });

export const emailFrequency = z.enum(EMAIL_FREQUENCIES);

export const notificationSettingsSchema = z.strictObject({
  /** Every kind, each one frequency. */
  kinds: z.strictObject(
    Object.fromEntries(EMAIL_SETTING_KINDS.map((kind) => [kind, emailFrequency])) as Record<
      (typeof EMAIL_SETTING_KINDS)[number],
      typeof emailFrequency
    >,
  ),
  /**
   * Groups whose email differs from the kinds' choice: the group's frequency then applies to everything
   * from that group except mentions and replies, which are about you. A group left out follows the kinds.
   */
  groups: z
    .array(z.strictObject({ groupSlug: slugSchema, frequency: emailFrequency }))
    .max(500)
    .refine((groups) => new Set(groups.map((group) => group.groupSlug)).size === groups.length, {
      message: 'each group at most once',
    }),
});
export type NotificationSettingsRequest = z.input<typeof notificationSettingsSchema>;

export const createInvitationSchema = z.strictObject({
  email: emailAddress,
  groupSlug: slugSchema.optional(),
});
export type CreateInvitationRequest = z.input<typeof createInvitationSchema>;

export const listInvitationsQuerySchema = pageQuerySchema.extend({
  groupSlug: slugSchema.optional(),
});
export type ListInvitationsQuery = z.input<typeof listInvitationsQuerySchema>;

/** What the registration page shows of the invitation in its link. */
export const invitationTokenSchema = z.strictObject({ token: linkToken });

export const listEmailsQuerySchema = pageQuerySchema;
