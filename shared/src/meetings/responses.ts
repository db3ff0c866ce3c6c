import { z } from 'zod';
import { responseText, responseTime } from '../common/fields';
import { responseId, responseObject, type Proves, type SameShape } from '../common/responses';
import { authorSchema } from '../discussions/responses';
import { groupRefSchema } from '../groups/responses';
import { resourceSummarySchema } from '../resources/responses';
import type { CalendarFeed, Meeting, MeetingAttendee, RsvpResult } from './types';
import { MEETING_RESPONSES } from './vocabularies';

export const meetingAttendeeSchema = responseObject({
  id: responseId,
  displayName: responseText,
  response: z.enum(MEETING_RESPONSES),
  waitlisted: z.boolean(),
  respondedAt: responseTime,
});

export const meetingSchema = responseObject({
  id: responseId,
  group: groupRefSchema,
  networkWide: z.boolean(),
  title: responseText,
  agenda: responseText,
  startsAt: responseTime,
  endsAt: responseTime,
  timeZone: responseText,
  onlineUrl: responseText.nullable(),
  location: responseText.nullable(),
  capacity: z.number().int().nullable(),
  going: z.number().int(),
  maybe: z.number().int(),
  waitlisted: z.number().int(),
  myResponse: z.enum(MEETING_RESPONSES).nullable(),
  myWaitlisted: z.boolean(),
  cancelled: z.boolean(),
  sequence: z.number().int(),
  threadId: responseId.nullable(),
  minutes: responseText.nullable(),
  outputs: z.array(resourceSummarySchema),
  organiser: authorSchema.nullable(),
  attendees: z.array(meetingAttendeeSchema).nullable(),
  canManage: z.boolean(),
  canRespond: z.boolean(),
  createdAt: responseTime,
  updatedAt: responseTime,
});

export const rsvpResultSchema = responseObject({ myResponse: z.enum(MEETING_RESPONSES), waitlisted: z.boolean() });

export const calendarFeedSchema = responseObject({ url: responseText });

export type MeetingResponseChecks = [
  Proves<SameShape<z.output<typeof meetingAttendeeSchema>, MeetingAttendee>>,
  Proves<SameShape<z.output<typeof meetingSchema>, Meeting>>,
  Proves<SameShape<z.output<typeof rsvpResultSchema>, RsvpResult>>,
  Proves<SameShape<z.output<typeof calendarFeedSchema>, CalendarFeed>>,
];
