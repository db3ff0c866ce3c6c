import type { CreateMeetingRequest, Meeting, UpdateMeetingRequest } from '@pn/shared';
import { instantOf, readerTimeZone, wallTimeOf } from './time';

/** The form's values: times as wall-clock times of the chosen zone, places as typed. */
export interface MeetingFormValues {
  title: string;
  agenda: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  onlineUrl: string;
  location: string;
  capacity: string;
  networkWide: boolean;
  minutes: string;
}

/** A new meeting's form: next week at ten, for an hour, in the reader's zone. */
export function emptyMeetingForm(now = new Date()): MeetingFormValues {
  const timeZone = readerTimeZone();
  const day = wallTimeOf(new Date(now.getTime() + 7 * 86_400_000), timeZone).slice(0, 10);
  return {
    title: '',
    agenda: '',
    startsAt: `${day}T10:00`,
    endsAt: `${day}T11:00`,
    timeZone,
    onlineUrl: '',
    location: '',
    capacity: '',
    networkWide: false,
    minutes: '',
  };
}

export function meetingFormOf(meeting: Meeting): MeetingFormValues {
  return {
    title: meeting.title,
    agenda: meeting.agenda,
    startsAt: wallTimeOf(meeting.startsAt, meeting.timeZone),
    endsAt: wallTimeOf(meeting.endsAt, meeting.timeZone),
    timeZone: meeting.timeZone,
    onlineUrl: meeting.onlineUrl ?? '',
    location: meeting.location ?? '',
    capacity: meeting.capacity === null ? '' : String(meeting.capacity),
    networkWide: meeting.networkWide,
    minutes: meeting.minutes ?? '',
  };
}

/** A wall time as the instant the API takes; '' when it is not a time (the schema then says so). */
function instant(wall: string, timeZone: string): string {
  return instantOf(wall, timeZone)?.toISOString() ?? '';
}

function capacityOf(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}

export function toCreateRequest(values: MeetingFormValues, networkWideAllowed: boolean): CreateMeetingRequest {
  return {
    title: values.title,
    agenda: values.agenda,
    startsAt: instant(values.startsAt, values.timeZone),
    endsAt: instant(values.endsAt, values.timeZone),
    timeZone: values.timeZone,
    onlineUrl: values.onlineUrl.trim() || null,
    location: values.location.trim() || null,
    capacity: capacityOf(values.capacity),
    networkWide: networkWideAllowed && values.networkWide,
  };
}

export function toUpdateRequest(values: MeetingFormValues, outputIds: string[]): UpdateMeetingRequest {
  const { networkWide: _networkWide, ...rest } = toCreateRequest(values, false);
  return { ...rest, minutes: values.minutes.trim() || null, outputIds };
}
