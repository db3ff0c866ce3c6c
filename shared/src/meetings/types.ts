import type { Author } from '../discussions/types';
import type { ResourceSummary } from '../resources/types';
import type { MeetingResponse } from './vocabularies';

/** Someone who answered, as organisers see them. */
export interface MeetingAttendee {
  id: string;
  displayName: string;
  response: MeetingResponse;
  waitlisted: boolean;
  respondedAt: string;
}

export interface Meeting {
  id: string;
  /** The group that holds it (its thread lives there). */
  group: { id: string; slug: string; name: string };
  /** For every active member of the network, not only the group's. */
  networkWide: boolean;
  title: string;
  /** Markdown. */
  agenda: string;
  startsAt: string;
  endsAt: string;
  /** The IANA zone it is planned in, e.g. `Europe/Copenhagen`. */
  timeZone: string;
  onlineUrl: string | null;
  location: string | null;
  /** Places for people going; null for no limit. */
  capacity: number | null;
  /** How many are going (within capacity), answered maybe, and wait for a place. */
  going: number;
  maybe: number;
  waitlisted: number;
  /** The caller's answer, and whether their `going` waits for a place; null when they have not answered. */
  myResponse: MeetingResponse | null;
  myWaitlisted: boolean;
  cancelled: boolean;
  /** Raised on every change that concerns a calendar (the `.ics` SEQUENCE). */
  sequence: number;
  threadId: string | null;
  /** Markdown, written afterwards; null until then. */
  minutes: string | null;
  /** What the meeting produced, in the library: those the caller may see. */
  outputs: ResourceSummary[];
  organiser: Author | null;
  /** Who answered, for organisers only (null for others and in lists). */
  attendees: MeetingAttendee[] | null;
  /** What the caller may do. */
  canManage: boolean;
  canRespond: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface RsvpResult {
  myResponse: MeetingResponse;
  waitlisted: boolean;
}

export interface CalendarFeed {
  url: string;
}
