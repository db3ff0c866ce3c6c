import {
  DEFAULT_EMAIL_FREQUENCIES,
  EMAIL_SETTING_KINDS,
  type EmailFrequency,
  type EmailSettingKind,
  type NotificationKind,
} from '@pn/shared';

/** Which setting decides the email about a notification of each kind. */
export const SETTING_OF: Record<NotificationKind, EmailSettingKind> = {
  mention: 'mention',
  reply: 'reply',
  thread: 'group-activity',
  announcement: 'announcement',
  'join-request': 'join-request',
  'join-decision': 'decision',
  'added-to-group': 'decision',
  'practice-submitted': 'curation',
  'practice-decision': 'curation',
  'practice-evaluation': 'evaluation',
  'practice-feedback': 'feedback',
  // A coordinator's other "waiting for your decision" setting: one choice for the requests and flags they act on.
  'message-flagged': 'join-request',
  meeting: 'meeting',
  'practice-inquiry': 'curation',
  // A reviewer's decision on one's own evaluation: the researcher's own "evaluations" choice.
  'evaluation-verification': 'evaluation',
  // Questions to research move as studies do: the same choice as the evaluations of practices.
  'research-question': 'evaluation',
};

/** Mentions and replies are about you: a group's own frequency does not quiet them. */
const ABOUT_YOU: ReadonlySet<EmailSettingKind> = new Set(['mention', 'reply']);

/** The stored choices over the defaults: every kind has a frequency. */
export function withDefaults(
  stored: Partial<Record<string, unknown>> | null | undefined,
): Record<EmailSettingKind, EmailFrequency> {
  const kinds = { ...DEFAULT_EMAIL_FREQUENCIES };
  for (const kind of EMAIL_SETTING_KINDS) {
    const value = stored?.[kind];
    if (value === 'immediately' || value === 'daily' || value === 'weekly' || value === 'never') kinds[kind] = value;
  }
  return kinds;
}

/** How often a member hears by email of something of this kind (from this group, when it is about one). */
export function effectiveFrequency(
  kind: EmailSettingKind,
  kinds: Record<EmailSettingKind, EmailFrequency>,
  groupFrequency: EmailFrequency | null,
): EmailFrequency {
  if (groupFrequency && !ABOUT_YOU.has(kind)) return groupFrequency;
  return kinds[kind];
}
