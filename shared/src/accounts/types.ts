import type { ResearchQuestion } from '../research/types';
import type { Locale } from '../email/vocabularies';
import type { AccountStatus, Profession, Role } from '../common/vocabularies';
import type { Message, Thread } from '../discussions/types';
import type { MyMembership } from '../groups/types';
import type { Notification } from '../notifications/types';
import type { ExportedPolls } from '../polls/types';
import type { Resource } from '../resources/types';
import type { Evaluation } from '../evaluations/types';
import type { ExportedPractice, Feedback } from '../practices/types';
import type { Inquiry } from '../inquiries/types';
import type { Passkey, SecondFactorStatus } from './security';

/** The signed-in user's own view of their account. */
export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  status: AccountStatus;
  profession: Profession;
  country: string;
  organisation: string | null;
  languages: string[];
  /** The interface's language, which the member's emails speak too. */
  locale: Locale;
  timeZone: string;
  /** Whether the address was confirmed from an emailed link (coordinators see it before vetting). */
  emailConfirmed: boolean;
  /** A new address waiting for its confirmation; `email` stays in force until then. */
  pendingEmail: string | null;
  createdAt: string;
  approvedAt: string | null;
  /** The person's own second factors: in their own account's answers (`/auth/me`, sign-in), not in lists. */
  secondFactor?: SecondFactorStatus;
}

/** What other active members see of someone. */
export interface PublicProfile {
  id: string;
  displayName: string;
  role: Role;
  profession: Profession;
  country: string;
  organisation: string | null;
  languages: string[];
  memberSince: string;
}

export interface AuthResponse {
  token: string;
  user: User;
}

/** Who this browser is signed in as (`GET /api/auth/session`): the user, or null for a visitor. */
export interface SessionState {
  user: User | null;
}

export interface AuditEntry {
  id: string;
  action: string;
  actor: { id: string; displayName: string } | null;
  targetType: string;
  targetId: string | null;
  /** What the target is called now (a person's name, a group's, a thread's or practice's title), if it still exists. */
  targetName: string | null;
  details: Record<string, unknown>;
  /** The names of the people and things the details refer to by id, by that id (those that still exist). */
  names: Record<string, string>;
  createdAt: string;
}

export interface SessionInfo {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
  ip: string | null;
  current: boolean;
}

/** A membership (or a request to join) in a data export, with its group. */
export interface ExportedMembership extends MyMembership {
  group: { id: string; slug: string; name: string };
}

/** A flag the person raised on a message, in a data export. */
export interface ExportedFlag {
  id: string;
  messageId: string;
  threadId: string;
  reason: string;
  createdAt: string;
  resolution: 'hidden' | 'dismissed' | null;
}

export interface AccountExport {
  exportedAt: string;
  user: User;
  sessions: SessionInfo[];
  auditTrail: AuditEntry[];
  /** Groups joined and requests to join, with the messages sent with them. */
  memberships: ExportedMembership[];
  /** Threads the person started. */
  threads: Thread[];
  /** Messages the person wrote, oldest first; a hidden message keeps its text here (it is theirs). */
  messages: Message[];
  flags: ExportedFlag[];
  /** Polls the person made and the votes they cast. */
  polls?: ExportedPolls;
  notifications: Notification[];
  /** Resources the person shared, removed ones included; they stay in the library after erasure. */
  resources?: Resource[];
  /** Practices the person wrote, with every revision; they stay in the library after erasure. */
  practices?: ExportedPractice[];
  /** Evaluations the person posted. */
  evaluations?: Evaluation[];
  /** Feedback the person gave on practices they implemented. */
  feedback?: Feedback[];
  /** Questions asked and appeals filed about ratings, and the appeals the person decided as a reviewer. */
  inquiries?: Inquiry[];
  /** Their email choices, by kind (only those that differ from the defaults) and by group. */
  emailSettings?: { kinds: Record<string, string>; groups: Array<{ groupSlug: string; frequency: string }> };
  /** The emails sent to them: what kind, when, and how it went (never their content). */
  emails?: Array<{ kind: string; state: string; createdAt: string; sentAt: string | null }>;
  /** The passkeys the person registered (names and dates; their keys stay on the person's devices). */
  passkeys?: Passkey[];
  /** Their answers to meetings. */
  meetingResponses?: Array<{
    meetingId: string;
    title: string;
    startsAt: string;
    response: string;
    waitlisted: boolean;
    respondedAt: string;
  }>;
  /** Whether they have a private calendar feed, and since when (its token is never stored, only its hash). */
  calendarFeed?: { createdAt: string } | null;
  /** Research questions the person raised, and those they voted for or follow (by id). */
  researchQuestions?: {
    raised: ResearchQuestion[];
    votedFor: string[];
    following: string[];
  };
}
