import type { CreateMeetingRequest, Meeting } from '@pn/shared';
import type { TestApp } from '../app';
import type { BuiltUser } from './users';

/** A meeting's fields: next week, an hour long, online, in Copenhagen, unless told otherwise. */
export function meetingFields(overrides: Partial<CreateMeetingRequest> = {}): CreateMeetingRequest {
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  startsAt.setUTCMinutes(0, 0, 0);
  return {
    title: 'Working group call',
    agenda: '1. News from each country\n2. The **training** plan',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
    timeZone: 'Europe/Copenhagen',
    onlineUrl: 'https://meet.example.org/working-group',
    ...overrides,
  };
}

export interface MeetingOverrides extends Partial<CreateMeetingRequest> {
  group: { slug: string };
  /** A coordinator of the group, or a network coordinator. */
  organiser: BuiltUser;
}

/** A meeting scheduled through the API, as an organiser schedules it (with its thread and notices). */
export async function buildMeeting(app: TestApp, overrides: MeetingOverrides): Promise<Meeting> {
  const { group, organiser, ...fields } = overrides;
  const response = await app.request<Meeting>('POST', `/api/groups/${group.slug}/meetings`, {
    token: organiser.token,
    body: meetingFields(fields),
  });
  if (response.status !== 201) throw new Error(`meeting not scheduled: ${JSON.stringify(response.body)}`);
  return response.body;
}
