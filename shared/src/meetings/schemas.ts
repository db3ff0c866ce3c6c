import { z } from 'zod';
import { httpUrl, optionalTextBlock, queryTime, text, textBlock, textLine, uuid } from '../common/fields';
import { pageQuerySchema } from '../common/pagination';
import { isTimeZoneName } from './time-zones';
import { MEETING_LIMITS, MEETING_RESPONSES } from './vocabularies';

const moment = text()
  .trim()
  .pipe(z.iso.datetime({ offset: true, error: 'must be an ISO 8601 time with a zone offset or Z' }));

export const timeZoneName = text()
  .trim()
  .refine(isTimeZoneName, 'must be an IANA time zone name, such as Europe/Copenhagen');

const capacity = z
  .number('must be a number')
  .int('must be a whole number')
  .min(1, 'must be 1 or more (leave it out for no limit)')
  .max(MEETING_LIMITS.capacityMax, `must be at most ${MEETING_LIMITS.capacityMax}`);

const meetingFields = {
  title: textLine(MEETING_LIMITS.titleMax),
  agenda: textBlock(MEETING_LIMITS.agendaMax),
  startsAt: moment,
  endsAt: moment,
  timeZone: timeZoneName,
  onlineUrl: httpUrl(MEETING_LIMITS.urlMax).nullable().optional(),
  location: textLine(MEETING_LIMITS.locationMax).nullable().optional(),
  capacity: capacity.nullable().optional(),
};

/** Why a start and an end do not make a meeting, or null. */
export function meetingSpanProblem(startsAt: string, endsAt: string): string | null {
  const span = Date.parse(endsAt) - Date.parse(startsAt);
  if (!(span > 0)) return 'must be after the start';
  if (span > MEETING_LIMITS.durationDaysMax * 86_400_000) {
    return `must be within ${MEETING_LIMITS.durationDaysMax} days of the start`;
  }
  return null;
}

export const createMeetingSchema = z
  .strictObject({
    ...meetingFields,
    /**
     * For every active member of the network, not only the group's: network coordinators only, in a group whose
     * discussions are public, so that everyone invited can read the meeting's thread.
     */
    networkWide: z.boolean().default(false),
  })
  .superRefine((body, context) => {
    const problem = meetingSpanProblem(body.startsAt, body.endsAt);
    if (problem) context.addIssue({ code: 'custom', path: ['endsAt'], message: problem });
    if (!body.onlineUrl && !body.location) {
      context.addIssue({ code: 'custom', path: ['location'], message: 'give an online link or a place' });
    }
  });
export type CreateMeetingRequest = z.input<typeof createMeetingSchema>;

/** A change to a meeting; afterwards, its minutes and outputs (library resources, by id). */
export const updateMeetingSchema = z
  .strictObject({
    title: meetingFields.title.optional(),
    agenda: meetingFields.agenda.optional(),
    startsAt: moment.optional(),
    endsAt: moment.optional(),
    timeZone: timeZoneName.optional(),
    onlineUrl: meetingFields.onlineUrl,
    location: meetingFields.location,
    capacity: meetingFields.capacity,
    minutes: optionalTextBlock(MEETING_LIMITS.minutesMax).nullable().optional(),
    outputIds: z
      .array(uuid)
      .max(MEETING_LIMITS.outputsMax, `must be at most ${MEETING_LIMITS.outputsMax} resources`)
      .optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), { message: 'nothing to change' });
export type UpdateMeetingRequest = z.input<typeof updateMeetingSchema>;

export const rsvpSchema = z.strictObject({ response: z.enum(MEETING_RESPONSES) });
export type RsvpRequest = z.input<typeof rsvpSchema>;

/**
 * A window of meetings: those that end after `from` and start before `to` (a bare day as `to` takes that
 * whole day). `order=desc` lists the latest first, for past meetings.
 */
export const meetingsQuerySchema = pageQuerySchema.extend({
  from: queryTime().optional(),
  to: queryTime({ endOfDay: true }).optional(),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type MeetingsQuery = z.input<typeof meetingsQuerySchema>;

/** The token of a private calendar feed, as its URL carries it. */
export const calendarTokenParamSchema = z.object({
  token: text()
    .trim()
    .regex(/^[A-Za-z0-9_-]{20,100}(?:\.ics)?$/, 'is not a calendar token'),
});
