import { DEMO_ACCOUNTS } from './accounts';
import type { Queryable } from './db';
import { demoMemberId } from './members';
import { DEMO_RESOURCE_IDS } from './resources-content';

const [, COORDINATOR, RESEARCHER, PRACTITIONER] = DEMO_ACCOUNTS.map((account) => account.id) as [
  string,
  string,
  string,
  string,
];

const meetingId = (n: number) => `00000000-0000-4000-8000-0000000a${String(n).padStart(4, '0')}`;
const threadId = (n: number) => `00000000-0000-4000-8000-0000000a${String(100 + n).padStart(4, '0')}`;

export const DEMO_MEETING_IDS = {
  consultation: meetingId(1),
  outcomesWorkshop: meetingId(2),
  helplineReview: meetingId(3),
} as const;

interface DemoMeeting {
  id: string;
  threadId: string;
  slug: string;
  organiser: string;
  title: string;
  agenda: string;
  /** Days from the seeding day, and the local start time in the meeting's zone. */
  inDays: number;
  localStart: string;
  hours: number;
  timeZone: string;
  onlineUrl: string | null;
  location: string | null;
  capacity: number | null;
  minutes?: string;
  outputs?: string[];
  answers: Array<[string, 'going' | 'maybe' | 'declined']>;
}

const MEETINGS: readonly DemoMeeting[] = [
  {
    id: DEMO_MEETING_IDS.consultation,
    threadId: threadId(1),
    slug: 'people-who-fear-they-might-offend',
    organiser: COORDINATOR,
    title: 'Demo: Monthly case consultation',
    agenda:
      'Demo content.\n\n1. Two anonymised cases from helpline follow-up (send summaries a week ahead)\n' +
      '2. Referral routes when the caller lives in another country\n3. Any other business',
    inDays: 8,
    localStart: '14:00',
    hours: 1,
    timeZone: 'Europe/Berlin',
    onlineUrl: 'https://meet.example.org/demo-case-consultation',
    location: null,
    capacity: 12,
    answers: [
      [PRACTITIONER, 'going'],
      [RESEARCHER, 'maybe'],
      [demoMemberId('member-nl'), 'going'],
    ],
  },
  {
    id: DEMO_MEETING_IDS.outcomesWorkshop,
    threadId: threadId(2),
    slug: 'researchers',
    organiser: COORDINATOR,
    title: 'Demo: Workshop on proximal outcome measures',
    agenda:
      'Demo content.\n\nA half-day workshop to agree the shared list of outcome measures for the best-practice ' +
      'library: length, validated translations, and training needed to administer each one.',
    inDays: 21,
    localStart: '09:30',
    hours: 4,
    timeZone: 'Europe/Copenhagen',
    onlineUrl: 'https://meet.example.org/demo-outcomes-workshop',
    location: 'Demo venue, meeting room 2, Copenhagen',
    capacity: 20,
    answers: [
      [RESEARCHER, 'going'],
      [demoMemberId('member-no'), 'going'],
    ],
  },
  {
    id: DEMO_MEETING_IDS.helplineReview,
    threadId: threadId(3),
    slug: 'people-who-fear-they-might-offend',
    organiser: COORDINATOR,
    title: 'Demo: Review of the helpline conversation guide',
    agenda: 'Demo content.\n\n1. Feedback from helplines that used the draft guide\n2. What to translate first',
    inDays: -14,
    localStart: '15:00',
    hours: 1.5,
    timeZone: 'Europe/Stockholm',
    onlineUrl: 'https://meet.example.org/demo-helpline-review',
    location: null,
    capacity: null,
    minutes:
      'Demo content.\n\n## Decisions\n- The guide is published in the library as it stands.\n' +
      '- Danish and Swedish translations first; German and Finnish follow.\n\n' +
      '## Actions\n- The practitioner collects drop-out data from the chat logs for the next review.',
    outputs: [DEMO_RESOURCE_IDS.helplineGuide],
    answers: [
      [PRACTITIONER, 'going'],
      [RESEARCHER, 'going'],
    ],
  },
];

/**
 * Two coming meetings and one past one with its minutes and an output, at times relative to the seeding day.
 * Each has its thread in the group, as one scheduled in the app. Idempotent.
 */
export async function seedDemoMeetings(db: Queryable): Promise<void> {
  for (const meeting of MEETINGS) {
    // The local start on that day in the meeting's zone, as PostgreSQL reads a wall time in a zone.
    const startSql = `((date_trunc('day', now() AT TIME ZONE $8) + make_interval(days => $9::int) + $10::time)
                        AT TIME ZONE $8)`;
    await db.query(
      `INSERT INTO threads (id, group_id, title, body, author_id, created_at, last_message_at)
       SELECT $1, g.id, $2, $3, $4, now() - interval '30 days', now() - interval '30 days'
         FROM groups g WHERE g.slug = $5
       ON CONFLICT DO NOTHING`,
      [meeting.threadId, meeting.title, meeting.agenda, meeting.organiser, meeting.slug],
    );
    await db.query(
      `INSERT INTO meetings (id, group_id, thread_id, title, agenda, starts_at, ends_at, time_zone, online_url,
                             location, capacity, minutes, created_by, created_at, updated_at)
       SELECT $1, g.id, $2, $3, $4, ${startSql}, ${startSql} + make_interval(mins => $11::int), $8, $5, $6, $7,
              $12, $13, now() - interval '30 days', now() - interval '30 days'
         FROM groups g WHERE g.slug = $14
       ON CONFLICT DO NOTHING`,
      [
        meeting.id,
        meeting.threadId,
        meeting.title,
        meeting.agenda,
        meeting.onlineUrl,
        meeting.location,
        meeting.capacity,
        meeting.timeZone,
        meeting.inDays,
        meeting.localStart,
        Math.round(meeting.hours * 60),
        meeting.minutes ?? null,
        meeting.organiser,
        meeting.slug,
      ],
    );
    for (const [position, resourceId] of (meeting.outputs ?? []).entries()) {
      await db.query(
        `INSERT INTO meeting_outputs (meeting_id, resource_id, position)
         SELECT $1, r.id, $3 FROM resources r WHERE r.id = $2
         ON CONFLICT DO NOTHING`,
        [meeting.id, resourceId, position + 1],
      );
    }
    for (const [userId, response] of meeting.answers) {
      await db.query(
        `INSERT INTO meeting_responses (meeting_id, user_id, response)
         SELECT $1, u.id, $3 FROM users u WHERE u.id = $2
         ON CONFLICT DO NOTHING`,
        [meeting.id, userId, response],
      );
    }
  }
}
