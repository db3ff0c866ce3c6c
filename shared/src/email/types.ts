import type {
  DigestEmailKind,
  EmailFrequency,
  EmailKind,
  EmailSettingKind,
  EmailState,
  InvitationState,
} from './vocabularies';

export interface NotificationSettings {
  kinds: Record<EmailSettingKind, EmailFrequency>;
  /** Per-group overrides, with each group's name for the settings page. */
  groups: Array<{ groupSlug: string; groupName: string; frequency: EmailFrequency }>;
}

/** What an admin sees of an email: never its content, its links or their tokens. */
export interface EmailRecord {
  id: string;
  to: string;
  kind: EmailKind;
  state: EmailState;
  error?: string;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
}

export interface Invitation {
  id: string;
  email: string;
  group: { slug: string; name: string } | null;
  invitedBy: { id: string; displayName: string } | null;
  state: InvitationState;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}

/** The invitation behind a link, for the registration page: the address is fixed, the rest is shown. */
export interface InvitationPreview {
  email: string;
  group: { slug: string; name: string } | null;
  invitedBy: string | null;
  expiresAt: string;
}

/** What a one-click unsubscribe turned off: one kind, or, from a digest, everything sent at its pace. */
export interface UnsubscribeResult {
  kind: EmailSettingKind | DigestEmailKind;
}
