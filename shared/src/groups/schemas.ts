import { z } from 'zod';
import { countryCode, optionalTextBlock, text, textBlock, textLine } from '../common/fields';
import { pageQuerySchema } from '../common/pagination';
import { PROFESSIONS, UI_LANGUAGES } from '../common/vocabularies';
import { GROUP_KINDS, GROUP_VISIBILITIES, JOIN_POLICIES, MEMBERSHIP_ROLES } from './vocabularies';

export const GROUP_LIMITS = {
  nameMax: 120,
  descriptionMax: 4000,
  slugMax: 60,
  requestMessageMax: 1000,
} as const;

export const slugSchema = text()
  .trim()
  .min(2, 'must be at least 2 characters')
  .max(GROUP_LIMITS.slugMax)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

export const slugParamSchema = z.object({ slug: slugSchema });
export const memberParamSchema = z.object({ slug: slugSchema, userId: z.uuid('must be a UUID') });

export const listGroupsQuerySchema = pageQuerySchema.extend({
  kind: z.enum(GROUP_KINDS).optional(),
  /** `true`: only the groups the caller belongs to (or asked to join). */
  mine: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  archived: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type ListGroupsQuery = z.input<typeof listGroupsQuerySchema>;

/** A group's name and description in one more language. */
export const groupTextInputSchema = z.strictObject({
  name: textLine(GROUP_LIMITS.nameMax),
  description: textBlock(GROUP_LIMITS.descriptionMax),
});
export type GroupTextRequest = z.input<typeof groupTextInputSchema>;

/**
 * Translations by language: a text sets that language's, null removes it. The original language's text is
 * the group's `name` and `description` and is changed through them.
 */
export const groupTextsSchema = z.partialRecord(z.enum(UI_LANGUAGES), groupTextInputSchema.nullable());
export type GroupTextsRequest = z.input<typeof groupTextsSchema>;

export const createGroupSchema = z.strictObject({
  slug: slugSchema,
  name: textLine(GROUP_LIMITS.nameMax),
  description: textBlock(GROUP_LIMITS.descriptionMax),
  /** The language `name` and `description` are written in. */
  language: z.enum(UI_LANGUAGES).default('en'),
  kind: z.enum(GROUP_KINDS),
  joinPolicy: z.enum(JOIN_POLICIES).default('open'),
  visibility: z.enum(GROUP_VISIBILITIES).default('members'),
});
export type CreateGroupRequest = z.input<typeof createGroupSchema>;

export const updateGroupSchema = z
  .strictObject({
    name: textLine(GROUP_LIMITS.nameMax).optional(),
    description: textBlock(GROUP_LIMITS.descriptionMax).optional(),
    texts: groupTextsSchema.optional(),
    joinPolicy: z.enum(JOIN_POLICIES).optional(),
    visibility: z.enum(GROUP_VISIBILITIES).optional(),
    archived: z.boolean().optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), { message: 'nothing to change' });
export type UpdateGroupRequest = z.input<typeof updateGroupSchema>;

export const joinGroupSchema = z.strictObject({
  message: optionalTextBlock(GROUP_LIMITS.requestMessageMax).optional(),
});
export type JoinGroupRequest = z.input<typeof joinGroupSchema>;

export const listMembersQuerySchema = pageQuerySchema.extend({
  status: z.enum(['pending', 'active']).optional(),
  profession: z.enum(PROFESSIONS).optional(),
  country: countryCode.optional(),
});
export type ListMembersQuery = z.input<typeof listMembersQuerySchema>;

/** A group coordinator adds someone directly: how invite-only groups grow. */
export const addMemberSchema = z.strictObject({
  userId: z.uuid('must be a UUID'),
  role: z.enum(MEMBERSHIP_ROLES).default('member'),
});
export type AddMemberRequest = z.input<typeof addMemberSchema>;

export const updateMemberSchema = z.strictObject({
  role: z.enum(MEMBERSHIP_ROLES),
});
export type UpdateMemberRequest = z.input<typeof updateMemberSchema>;

export const declineMemberSchema = z.strictObject({
  reason: textLine(1000).optional(),
});

export const muteSchema = z.strictObject({ muted: z.boolean() });
export type MuteRequest = z.input<typeof muteSchema>;
