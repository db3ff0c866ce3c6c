import type { Meeting, MeetingAttendee, ResourceSummary } from '@pn/shared';
import { toAuthor } from '../users/author.mapper';
import { displayNameOf } from '../users/users.mapper';
import type { CalendarEvent } from './ics';
import type { MeetingView } from './meetings.repository';

export function toMeeting(
  view: MeetingView,
  group: { slug: string },
  extra: {
    outputs: ResourceSummary[];
    attendees: MeetingAttendee[] | null;
    canManage: boolean;
    canRespond: boolean;
  },
): Meeting {
  return {
    id: view.id,
    group: { id: view.groupId, slug: group.slug, name: view.groupName },
    networkWide: view.networkWide,
    title: view.title,
    agenda: view.agenda,
    startsAt: view.startsAt.toISOString(),
    endsAt: view.endsAt.toISOString(),
    timeZone: view.timeZone,
    onlineUrl: view.onlineUrl,
    location: view.location,
    capacity: view.capacity,
    going: view.goingCount,
    maybe: view.maybeCount,
    waitlisted: view.waitlistedCount,
    myResponse: view.myResponse,
    myWaitlisted: view.myWaitlisted,
    cancelled: view.cancelledAt !== null,
    sequence: view.sequence,
    threadId: view.threadId,
    minutes: view.minutes,
    outputs: extra.outputs,
    organiser: toAuthor(view.organiser),
    attendees: extra.attendees,
    canManage: extra.canManage,
    canRespond: extra.canRespond,
    createdAt: view.createdAt.toISOString(),
    updatedAt: view.updatedAt.toISOString(),
  };
}

export function toAttendee(row: {
  id: string;
  displayName: string;
  erasedAt: Date | null;
  response: MeetingAttendee['response'];
  waitlisted: boolean;
  respondedAt: Date;
}): MeetingAttendee {
  return {
    id: row.id,
    displayName: displayNameOf(row),
    response: row.response,
    waitlisted: row.waitlisted,
    respondedAt: row.respondedAt.toISOString(),
  };
}

/** A meeting as a calendar event: its agenda, then where and in which zone it was planned, then its page. */
export function toCalendarEvent(view: MeetingView, links: { host: string; page: string }): CalendarEvent {
  const where = [view.onlineUrl, view.location].filter(Boolean).join(' · ');
  return {
    uid: `${view.id}@${links.host}`,
    sequence: view.sequence,
    title: view.title,
    description: `${view.agenda}\n\n${where ? `${where}\n` : ''}${view.timeZone}\n${links.page}`,
    startsAt: view.startsAt,
    endsAt: view.endsAt,
    location: view.location ?? view.onlineUrl,
    url: links.page,
    cancelled: view.cancelledAt !== null,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
  };
}
