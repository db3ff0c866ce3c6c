/** What a member answers to a meeting's invitation. */
export const MEETING_RESPONSES = ['going', 'maybe', 'declined'] as const;
export type MeetingResponse = (typeof MEETING_RESPONSES)[number];

/** What a `meeting` notification tells: scheduled, changed, cancelled, or a place freed for someone waiting. */
export const MEETING_CHANGES = ['scheduled', 'changed', 'cancelled', 'place-freed'] as const;
export type MeetingChange = (typeof MEETING_CHANGES)[number];

export const MEETING_LIMITS = {
  titleMax: 200,
  agendaMax: 20_000,
  minutesMax: 50_000,
  locationMax: 300,
  urlMax: 2000,
  capacityMax: 100_000,
  outputsMax: 20,
  /** A meeting lasts at most this long: a working meeting, not a season. */
  durationDaysMax: 14,
} as const;
