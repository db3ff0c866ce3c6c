import { z } from 'zod';
import { countryCode, emailAddress, languageCode, queryTime, searchText, text, textLine } from '../common/fields';
import { AUDIT_ACTIONS } from './audit-actions';
import { LIMITS } from '../common/limits';
import { pageQuerySchema } from '../common/pagination';
import { ACCOUNT_STATUSES, PROFESSIONS, ROLES } from '../common/vocabularies';
import { LOCALES } from '../email/vocabularies';

export const passwordSchema = text()
  .min(LIMITS.passwordMin, `must be at least ${LIMITS.passwordMin} characters`)
  .max(LIMITS.passwordMax, `must be at most ${LIMITS.passwordMax} characters`);

const languagesSchema = z
  .array(languageCode)
  .max(LIMITS.languagesMax)
  .transform((codes) => [...new Set(codes)]);

/** The interface's language, which the server needs for the member's emails. */
export const localeSchema = z.enum(LOCALES);

/** An IANA time zone that this runtime knows (digests go out in the member's morning). */
export const timeZoneSchema = text()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_+\-/]+$/, 'must be an IANA time zone such as Europe/Copenhagen')
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Europe/Copenhagen');

export const registerSchema = z.strictObject({
  email: emailAddress,
  password: passwordSchema,
  displayName: textLine(LIMITS.displayNameMax),
  profession: z.enum(PROFESSIONS),
  country: countryCode,
  organisation: textLine(LIMITS.organisationMax).optional(),
  languages: languagesSchema.optional(),
  locale: localeSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  /** From an invitation's link: the account is approved at once and its address confirmed by the link. */
  invitationToken: text()
    .trim()
    .min(16)
    .max(512)
    .regex(/^[A-Za-z0-9_.-]+$/, 'is not a valid link token')
    .optional(),
});
export type RegisterRequest = z.input<typeof registerSchema>;

export const loginSchema = z.strictObject({
  email: emailAddress,
  password: text().min(1, 'must not be empty').max(LIMITS.passwordMax),
});
export type LoginRequest = z.input<typeof loginSchema>;

export const updateProfileSchema = z
  .strictObject({
    displayName: textLine(LIMITS.displayNameMax).optional(),
    profession: z.enum(PROFESSIONS).optional(),
    country: countryCode.optional(),
    organisation: textLine(LIMITS.organisationMax).nullable().optional(),
    languages: languagesSchema.optional(),
    locale: localeSchema.optional(),
    timeZone: timeZoneSchema.optional(),
    /** A new address takes effect once confirmed from the link sent to it; the old one is told. */
    email: emailAddress.optional(),
    currentPassword: text().max(LIMITS.passwordMax).optional(),
    newPassword: passwordSchema.optional(),
  })
  .refine((body) => !body.newPassword || body.currentPassword, {
    message: 'is required to set a new password',
    path: ['currentPassword'],
  })
  .refine((body) => !body.email || body.currentPassword, {
    message: 'is required to change your email address',
    path: ['currentPassword'],
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'nothing to change',
  });
export type UpdateProfileRequest = z.input<typeof updateProfileSchema>;

export const listUsersQuerySchema = pageQuerySchema.extend({
  status: z.enum(ACCOUNT_STATUSES).optional(),
  role: z.enum(ROLES).optional(),
  q: searchText(200).optional(),
});
export type ListUsersQuery = z.input<typeof listUsersQuerySchema>;

export const adminUpdateUserSchema = z
  .strictObject({
    role: z.enum(ROLES).optional(),
    status: z.enum(ACCOUNT_STATUSES).exclude(['pending']).optional(),
    reason: textLine(LIMITS.reasonMax).optional(),
  })
  .refine((body) => body.role !== undefined || body.status !== undefined, {
    message: 'role or status is required',
  });
export type AdminUpdateUserRequest = z.input<typeof adminUpdateUserSchema>;

export const rejectUserSchema = z.strictObject({
  reason: textLine(LIMITS.reasonMax).optional(),
});
export type RejectUserRequest = z.input<typeof rejectUserSchema>;

export const auditQuerySchema = pageQuerySchema
  .extend({
    action: text()
      .pipe(z.enum(AUDIT_ACTIONS, { error: 'must be one of the audit actions' }))
      .optional(),
    /** Who acted: the account's id (`actorId` is the older name of the same filter). */
    actor: z.uuid('must be a UUID').optional(),
    actorId: z.uuid('must be a UUID').optional(),
    targetId: z.uuid('must be a UUID').optional(),
    /** From this day (or moment) on. */
    from: queryTime().optional(),
    /** Before this moment, or through this whole day. */
    to: queryTime({ endOfDay: true }).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from < query.to, {
    message: 'must be after from',
    path: ['to'],
  });
export type AuditQuery = z.input<typeof auditQuerySchema>;

/** The network's directory of active members, for finding someone to add to a group. */
export const memberSearchQuerySchema = pageQuerySchema.extend({
  q: searchText(100, 2),
});
export type MemberSearchQuery = z.input<typeof memberSearchQuerySchema>;
