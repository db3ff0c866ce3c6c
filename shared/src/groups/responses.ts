import { z } from 'zod';
import { responseText, responseTime } from '../common/fields';
import { responseId, responseObject, type Proves, type SameShape } from '../common/responses';
import { PROFESSIONS, ROLES, UI_LANGUAGES } from '../common/vocabularies';
import type { Group, GroupMember, GroupText, MyMembership } from './types';
import {
  GROUP_KINDS,
  GROUP_VISIBILITIES,
  HOW_TO_JOIN,
  JOIN_POLICIES,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
} from './vocabularies';

export const myMembershipSchema = responseObject({
  role: z.enum(MEMBERSHIP_ROLES),
  status: z.enum(MEMBERSHIP_STATUSES),
  muted: z.boolean(),
  requestMessage: responseText.nullable(),
  since: responseTime,
});

export const groupTextSchema = responseObject({
  language: z.enum(UI_LANGUAGES),
  name: responseText,
  description: responseText,
});

export const groupSchema = responseObject({
  id: responseId,
  slug: responseText,
  name: responseText,
  description: responseText,
  language: z.enum(UI_LANGUAGES),
  originalLanguage: z.enum(UI_LANGUAGES),
  texts: z.array(groupTextSchema).optional(),
  kind: z.enum(GROUP_KINDS),
  joinPolicy: z.enum(JOIN_POLICIES),
  visibility: z.enum(GROUP_VISIBILITIES),
  memberCount: z.number().int(),
  countries: z.array(responseText),
  howToJoin: z.enum(HOW_TO_JOIN),
  archived: z.boolean(),
  createdAt: responseTime,
  myMembership: myMembershipSchema.nullable().optional(),
  unreadCount: z.number().int().optional(),
});

export const groupMemberSchema = responseObject({
  userId: responseId,
  displayName: responseText,
  profession: z.enum(PROFESSIONS),
  country: responseText,
  organisation: responseText.nullable(),
  networkRole: z.enum(ROLES),
  role: z.enum(MEMBERSHIP_ROLES),
  status: z.enum(MEMBERSHIP_STATUSES),
  requestMessage: responseText.nullable(),
  since: responseTime,
});

/** A group the caller belongs to, as lists in other answers name it. */
export const groupRefSchema = responseObject({ id: responseId, slug: responseText, name: responseText });

export type GroupResponseChecks = [
  Proves<SameShape<z.output<typeof groupTextSchema>, GroupText>>,
  Proves<SameShape<z.output<typeof myMembershipSchema>, MyMembership>>,
  Proves<SameShape<z.output<typeof groupSchema>, Group>>,
  Proves<SameShape<z.output<typeof groupMemberSchema>, GroupMember>>,
];
