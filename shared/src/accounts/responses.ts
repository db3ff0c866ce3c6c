import { z } from 'zod';
import { responseText, responseTime } from '../common/fields';
import { responseId, responseObject, type Proves, type SameShape } from '../common/responses';
import { ACCOUNT_STATUSES, PROFESSIONS, ROLES, UI_LANGUAGES } from '../common/vocabularies';
import { authorSchema, messageSchema, threadSchema } from '../discussions/responses';
import { evaluationSchema } from '../evaluations/responses';
import { researchQuestionSchema } from '../research/responses';
import { groupRefSchema, myMembershipSchema } from '../groups/responses';
import { notificationSchema } from '../notifications/responses';
import { exportedPollsSchema } from '../polls/responses';
import { exportedPracticeSchema, feedbackSchema } from '../practices/responses';
import { inquirySchema } from '../inquiries/responses';
import { resourceSchema } from '../resources/responses';
import {
  SECOND_FACTOR_METHODS,
  type Passkey,
  type PasskeyRegistered,
  type RecoveryCodes,
  type SecondFactorRequired,
  type SecondFactorStatus,
  type SessionsEnded,
  type SessionSummary,
  type TotpEnrolment,
  type WebAuthnCeremony,
} from './security';
import type {
  AccountExport,
  AuditEntry,
  AuthResponse,
  SessionState,
  ExportedFlag,
  ExportedMembership,
  PublicProfile,
  SessionInfo,
  User,
} from './types';
import type { LoginResponse } from './security';

export const secondFactorStatusSchema = responseObject({
  required: z.boolean(),
  enrolled: z.boolean(),
  totp: z.boolean(),
  passkeys: z.number().int(),
  recoveryCodesLeft: z.number().int(),
});

export const userSchema = responseObject({
  id: responseId,
  email: responseText,
  displayName: responseText,
  role: z.enum(ROLES),
  status: z.enum(ACCOUNT_STATUSES),
  profession: z.enum(PROFESSIONS),
  country: responseText,
  organisation: responseText.nullable(),
  languages: z.array(responseText),
  locale: z.enum(UI_LANGUAGES),
  timeZone: responseText,
  emailConfirmed: z.boolean(),
  pendingEmail: responseText.nullable(),
  createdAt: responseTime,
  approvedAt: responseTime.nullable(),
  secondFactor: secondFactorStatusSchema.optional(),
});

export const publicProfileSchema = responseObject({
  id: responseId,
  displayName: responseText,
  role: z.enum(ROLES),
  profession: z.enum(PROFESSIONS),
  country: responseText,
  organisation: responseText.nullable(),
  languages: z.array(responseText),
  memberSince: responseTime,
});

export const authResponseSchema = responseObject({ token: responseText, user: userSchema });

export const sessionStateSchema = responseObject({ user: userSchema.nullable() });

/** WebAuthn's options as JSON, passed to the browser as they are. */
const webauthnOptionsSchema = z.looseObject({ challenge: responseText });

export const secondFactorRequiredSchema = responseObject({
  secondFactor: z.literal('required'),
  challenge: responseText,
  methods: z.array(z.enum(SECOND_FACTOR_METHODS)),
  webauthn: webauthnOptionsSchema.optional(),
});

export const loginResponseSchema = z.union([authResponseSchema, secondFactorRequiredSchema]);

export const webAuthnCeremonySchema = responseObject({ challenge: responseText, options: webauthnOptionsSchema });

export const totpEnrolmentSchema = responseObject({ secret: responseText, otpauthUrl: responseText });

export const recoveryCodesSchema = responseObject({ recoveryCodes: z.array(responseText) });

export const passkeySchema = responseObject({
  id: responseId,
  name: responseText,
  createdAt: responseTime,
  lastUsedAt: responseTime.nullable(),
  backedUp: z.boolean(),
});

export const passkeyRegisteredSchema = responseObject({
  passkey: passkeySchema,
  recoveryCodes: z.array(responseText).nullable(),
});

export const sessionSummarySchema = responseObject({
  id: responseId,
  current: z.boolean(),
  userAgent: responseText.nullable(),
  ip: responseText.nullable(),
  createdAt: responseTime,
  lastSeenAt: responseTime,
});

export const sessionsEndedSchema = responseObject({ ended: z.number().int() });

export const auditEntrySchema = responseObject({
  id: responseId,
  action: responseText,
  actor: authorSchema.nullable(),
  targetType: responseText,
  targetId: responseText.nullable(),
  targetName: responseText.nullable(),
  details: z.record(responseText, z.unknown()),
  names: z.record(responseText, responseText),
  createdAt: responseTime,
});

export const sessionInfoSchema = responseObject({
  id: responseId,
  createdAt: responseTime,
  lastSeenAt: responseTime,
  expiresAt: responseTime,
  userAgent: responseText.nullable(),
  ip: responseText.nullable(),
  current: z.boolean(),
});

export const exportedMembershipSchema = myMembershipSchema.extend({ group: groupRefSchema });

export const exportedFlagSchema = responseObject({
  id: responseId,
  messageId: responseId,
  threadId: responseId,
  reason: responseText,
  createdAt: responseTime,
  resolution: z.enum(['hidden', 'dismissed']).nullable(),
});

export const accountExportSchema = responseObject({
  exportedAt: responseTime,
  user: userSchema,
  sessions: z.array(sessionInfoSchema),
  auditTrail: z.array(auditEntrySchema),
  memberships: z.array(exportedMembershipSchema),
  threads: z.array(threadSchema),
  messages: z.array(messageSchema),
  flags: z.array(exportedFlagSchema),
  polls: exportedPollsSchema.optional(),
  notifications: z.array(notificationSchema),
  resources: z.array(resourceSchema).optional(),
  practices: z.array(exportedPracticeSchema).optional(),
  evaluations: z.array(evaluationSchema).optional(),
  feedback: z.array(feedbackSchema).optional(),
  inquiries: z.array(inquirySchema).optional(),
  emailSettings: responseObject({
    kinds: z.record(responseText, responseText),
    groups: z.array(responseObject({ groupSlug: responseText, frequency: responseText })),
  }).optional(),
  emails: z
    .array(
      responseObject({
        kind: responseText,
        state: responseText,
        createdAt: responseTime,
        sentAt: responseTime.nullable(),
      }),
    )
    .optional(),
  passkeys: z.array(passkeySchema).optional(),
  meetingResponses: z
    .array(
      responseObject({
        meetingId: responseText,
        title: responseText,
        startsAt: responseTime,
        response: responseText,
        waitlisted: z.boolean(),
        respondedAt: responseTime,
      }),
    )
    .optional(),
  calendarFeed: responseObject({ createdAt: responseTime }).nullable().optional(),
  researchQuestions: responseObject({
    raised: z.array(researchQuestionSchema),
    votedFor: z.array(responseId),
    following: z.array(responseId),
  }).optional(),
});

export type AccountResponseChecks = [
  Proves<SameShape<z.output<typeof secondFactorStatusSchema>, SecondFactorStatus>>,
  Proves<SameShape<z.output<typeof userSchema>, User>>,
  Proves<SameShape<z.output<typeof publicProfileSchema>, PublicProfile>>,
  Proves<SameShape<z.output<typeof authResponseSchema>, AuthResponse>>,
  Proves<SameShape<z.output<typeof sessionStateSchema>, SessionState>>,
  Proves<SameShape<z.output<typeof secondFactorRequiredSchema>, SecondFactorRequired>>,
  Proves<SameShape<z.output<typeof loginResponseSchema>, LoginResponse>>,
  Proves<SameShape<z.output<typeof webAuthnCeremonySchema>, WebAuthnCeremony>>,
  Proves<SameShape<z.output<typeof totpEnrolmentSchema>, TotpEnrolment>>,
  Proves<SameShape<z.output<typeof recoveryCodesSchema>, RecoveryCodes>>,
  Proves<SameShape<z.output<typeof passkeySchema>, Passkey>>,
  Proves<SameShape<z.output<typeof passkeyRegisteredSchema>, PasskeyRegistered>>,
  Proves<SameShape<z.output<typeof sessionSummarySchema>, SessionSummary>>,
  Proves<SameShape<z.output<typeof sessionsEndedSchema>, SessionsEnded>>,
  Proves<SameShape<z.output<typeof auditEntrySchema>, AuditEntry>>,
  Proves<SameShape<z.output<typeof sessionInfoSchema>, SessionInfo>>,
  Proves<SameShape<z.output<typeof exportedMembershipSchema>, ExportedMembership>>,
  Proves<SameShape<z.output<typeof exportedFlagSchema>, ExportedFlag>>,
  Proves<SameShape<z.output<typeof accountExportSchema>, AccountExport>>,
];
