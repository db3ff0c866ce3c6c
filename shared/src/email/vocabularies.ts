import { UI_LANGUAGES, type UiLanguage } from '../common/vocabularies';

/** The languages the interface (and so every email) speaks. */
export const LOCALES = UI_LANGUAGES;
export type Locale = UiLanguage;
export const DEFAULT_LOCALE: Locale = 'en';

/** When no time zone came from the browser at sign-up. */
export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

/** What a member chooses, per kind of email, in their notification settings. */
export const EMAIL_SETTING_KINDS = [
  'mention',
  'reply',
  'join-request',
  'decision',
  'curation',
  'evaluation',
  'feedback',
  'announcement',
  'group-activity',
  'meeting',
] as const;
export type EmailSettingKind = (typeof EMAIL_SETTING_KINDS)[number];

export const EMAIL_FREQUENCIES = ['immediately', 'daily', 'weekly', 'never'] as const;
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];

/** About you at once; what concerns the groups, less often. */
export const DEFAULT_EMAIL_FREQUENCIES: Readonly<Record<EmailSettingKind, EmailFrequency>> = {
  mention: 'immediately',
  reply: 'immediately',
  decision: 'immediately',
  curation: 'immediately',
  evaluation: 'immediately',
  meeting: 'immediately',
  'join-request': 'daily',
  feedback: 'daily',
  announcement: 'daily',
  'group-activity': 'weekly',
};

/**
 * Every kind of email the platform sends, as the admin list names them. The account emails (the first
 * group) are about the account itself and carry no unsubscribe link; the others do.
 */
export const ACCOUNT_EMAIL_KINDS = [
  'address-confirmation',
  'address-change',
  'address-change-notice',
  'password-reset',
  'password-changed',
  'new-sign-in',
  'second-factor-changed',
  'application-approved',
  'application-declined',
  'invitation',
] as const;
export const DIGEST_EMAIL_KINDS = ['digest-daily', 'digest-weekly'] as const;
export const EMAIL_KINDS = [...ACCOUNT_EMAIL_KINDS, ...EMAIL_SETTING_KINDS, ...DIGEST_EMAIL_KINDS] as const;
export type AccountEmailKind = (typeof ACCOUNT_EMAIL_KINDS)[number];
export type DigestEmailKind = (typeof DIGEST_EMAIL_KINDS)[number];
export type EmailKind = (typeof EMAIL_KINDS)[number];

/**
 * queued: waiting (or waiting for a retry after a failure); sending: a worker has it; sent: the SMTP
 * server accepted it; failed: given up, with why; skipped: no longer due (read in the app meanwhile, or
 * the member turned that email off).
 */
export const EMAIL_STATES = ['queued', 'sending', 'sent', 'failed', 'skipped'] as const;
export type EmailState = (typeof EMAIL_STATES)[number];

export const INVITATION_STATES = ['pending', 'accepted', 'expired', 'withdrawn'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];
