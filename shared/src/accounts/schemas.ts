import { z } from 'zod';
import { countryCode, emailAddress, languageCode, searchText, text, textLine } from '../common/fields';
import { LIMITS } from '../common/limits';
import { pageQuerySchema } from '../common/pagination';
import { ACCOUNT_STATUSES, PROFESSIONS, ROLES } from '../common/vocabularies';

export const passwordSchema = text()
  .min(LIMITS.passwordMin, `must be at least ${LIMITS.passwordMin} characters`)
  .max(LIMITS.passwordMax, `must be at most ${LIMITS.passwordMax} characters`);

const languagesSchema = z
  .array(languageCode)
  .max(LIMITS.languagesMax)
  .transform((codes) => [...new Set(codes)]);

export const registerSchema = z.strictObject({
  email: emailAddress,
  password: passwordSchema,
  displayName: textLine(LIMITS.displayNameMax),
  profession: z.enum(PROFESSIONS),
  country: countryCode,
  organisation: textLine(LIMITS.organisationMax).optional(),
  languages: languagesSchema.optional(),
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
    currentPassword: text().max(LIMITS.passwordMax).optional(),
    newPassword: passwordSchema.optional(),
  })
  .refine((body) => !body.newPassword || body.currentPassword, {
    message: 'is required to set a new password',
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

export const auditQuerySchema = pageQuerySchema.extend({
  action: searchText(100).optional(),
  actorId: z.uuid().optional(),
  targetId: z.uuid().optional(),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;

/** The network's directory of active members, for finding someone to add to a group. */
export const memberSearchQuerySchema = pageQuerySchema.extend({
  q: searchText(100, 2),
});
export type MemberSearchQuery = z.input<typeof memberSearchQuerySchema>;
