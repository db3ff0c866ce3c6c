import type { MembershipRole, MembershipStatus } from '@pn/shared';
import { DEMO_ACCOUNTS } from './accounts';
import { demoMemberId } from './members';
import type { Queryable } from './db';

// The demo admin is in no group: admins manage accounts, not conversations.
const [, COORDINATOR, RESEARCHER, PRACTITIONER] = DEMO_ACCOUNTS.map((account) => account.id) as [
  string,
  string,
  string,
  string,
];

const mention = (id: string) => `@[${DEMO_ACCOUNTS.find((account) => account.id === id)!.displayName}](${id})`;

interface DemoMembership {
  slug: string;
  userId: string;
  role: MembershipRole;
  status: MembershipStatus;
  requestMessage?: string;
}

/** The demo coordinator coordinates three groups; a request to join waits for them in one. */
const MEMBERSHIPS: readonly DemoMembership[] = [
  { slug: 'people-who-fear-they-might-offend', userId: COORDINATOR, role: 'coordinator', status: 'active' },
  { slug: 'social-workers', userId: COORDINATOR, role: 'coordinator', status: 'active' },
  { slug: 'parents-and-caregivers', userId: COORDINATOR, role: 'coordinator', status: 'active' },
  { slug: 'researchers', userId: COORDINATOR, role: 'member', status: 'active' },
  { slug: 'people-who-fear-they-might-offend', userId: RESEARCHER, role: 'member', status: 'active' },
  { slug: 'researchers', userId: RESEARCHER, role: 'member', status: 'active' },
  { slug: 'people-who-have-offended', userId: RESEARCHER, role: 'member', status: 'active' },
  { slug: 'people-who-fear-they-might-offend', userId: PRACTITIONER, role: 'member', status: 'active' },
  { slug: 'health-professionals', userId: PRACTITIONER, role: 'member', status: 'active' },
  {
    slug: 'parents-and-caregivers',
    userId: PRACTITIONER,
    role: 'member',
    status: 'pending',
    requestMessage:
      'Demo request: our clinic runs evening sessions for parents worried about a child’s sexual behaviour, and I would like to compare approaches.',
  },
  ...(
    [
      ['member-nl', 'health-professionals'],
      ['member-nl', 'people-who-fear-they-might-offend'],
      ['member-no', 'researchers'],
      ['member-no', 'children'],
      ['member-fi', 'social-workers'],
      ['member-fi', 'people-who-fear-they-might-offend'],
      ['member-be', 'prison-and-probation'],
      ['member-be', 'people-who-have-offended'],
      ['member-us', 'educators'],
      ['member-us', 'parents-and-caregivers'],
      ['member-pt', 'policy-makers'],
      ['member-ca', 'prison-and-probation'],
      ['member-se', 'children'],
      ['member-in', 'law-enforcement'],
      ['member-za', 'judicial-authorities'],
      ['member-br', 'researchers'],
      ['member-de', 'policy-makers'],
      ['member-de', 'communities-and-organisations'],
    ] as const
  ).map(([member, slug]): DemoMembership => ({ slug, userId: demoMemberId(member), role: 'member', status: 'active' })),
  { slug: 'educators', userId: demoMemberId('member-se'), role: 'coordinator', status: 'active' },
];

interface DemoMessage {
  id: string;
  authorId: string;
  body: string;
  replyTo?: string;
  mentions?: string[];
}

interface DemoThread {
  id: string;
  slug: string;
  authorId: string;
  title: string;
  body: string;
  announcement?: boolean;
  /** Pinned to the top of its group by a group coordinator, a day after it was started. */
  pinned?: boolean;
  /** How long ago the thread was started; its messages follow an hour apart. */
  hoursAgo: number;
  messages: DemoMessage[];
}

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** A message's clientId: its id with another variant digit, fixed like the rest. */
const clientIdOf = (messageId: string) => messageId.replace('-8000-', '-a000-');

const HELPLINE = id(101);
const CONSULTATION = id(102);
const OUTCOMES = id(103);
const BODY_SAFETY = id(104);
const TRANSLATION = id(105);
const RELEASE = id(106);

export const DEMO_THREAD_IDS = [HELPLINE, CONSULTATION, OUTCOMES, BODY_SAFETY, TRANSLATION, RELEASE] as const;

const THREADS: readonly DemoThread[] = [
  {
    id: HELPLINE,
    slug: 'people-who-fear-they-might-offend',
    authorId: PRACTITIONER,
    // The group's coordinator keeps the discussion of first contacts at the top: new members are sent to it.
    pinned: true,
    title: 'Demo: First contact on an anonymous helpline',
    body:
      'Demo content. In our outpatient clinic most first contacts now come through the anonymous chat rather than ' +
      'the phone. How do you structure the first conversation so that the person stays long enough to be offered ' +
      'an assessment? We use a short script: acknowledge that it took courage to reach out, explain confidentiality ' +
      'and its limits, then ask about current contact with children.',
    hoursAgo: 72,
    messages: [
      {
        id: id(1011),
        authorId: COORDINATOR,
        body:
          'Demo content. We stopped asking about contact with children in the first minutes: callers heard it as an ' +
          'accusation and several ended the chat. We now explain the limits of confidentiality first, then ask what ' +
          'made them get in touch today. The question about contact with children comes once there is some trust, ' +
          'and always before the end of the first conversation.',
      },
      {
        id: id(1012),
        authorId: RESEARCHER,
        body:
          'Demo content. That matches the drop-out pattern in the evaluations I know: most people who disconnect do ' +
          `so in the first five minutes. If you log when chats end, I would be glad to look at the data. ${mention(PRACTITIONER)} would your clinic be open to that?`,
        mentions: [PRACTITIONER],
      },
      {
        id: id(1013),
        authorId: PRACTITIONER,
        replyTo: id(1012),
        body:
          'Demo content. Yes, we log the end time and a coded reason. I will ask our data protection officer whether ' +
          'we can share an anonymised extract, and come back to you here.',
      },
      {
        id: id(1014),
        authorId: COORDINATOR,
        body:
          'Demo content. Please also share the script in the resources library when it is ready, so that helplines ' +
          'in other countries can adapt and translate it instead of starting from scratch.',
      },
    ],
  },
  {
    id: CONSULTATION,
    slug: 'people-who-fear-they-might-offend',
    authorId: COORDINATOR,
    announcement: true,
    title: 'Demo: Case consultation on the first Tuesday of each month',
    body:
      'Demo content. From next month we hold a one-hour case consultation on the first Tuesday of each month at ' +
      '14:00 CET. Cases are presented anonymised; send a short summary to the group coordinator a week ahead. ' +
      'No identifying details in this group’s threads, ever.',
    hoursAgo: 48,
    messages: [
      {
        id: id(1021),
        authorId: RESEARCHER,
        body:
          'Demo content. Thank you. Could one session a quarter discuss new evaluation results? It would keep the ' +
          'research close to what you see in practice.',
      },
    ],
  },
  {
    id: OUTCOMES,
    slug: 'researchers',
    authorId: RESEARCHER,
    title: 'Demo: Outcome measures beyond reconviction',
    body:
      'Demo content. Reconviction is a rare event and official records miss most offending, so evaluations of ' +
      'prevention programmes struggle to show effects on it. Which proximal outcomes have you found credible: ' +
      'validated scales of sexual preoccupation, emotional congruence with children, help-seeking? I am drafting ' +
      'a shared list for the best-practice library.',
    hoursAgo: 30,
    messages: [
      {
        id: id(1031),
        authorId: COORDINATOR,
        body:
          'Demo content. Practitioners in the network ask for measures they can use in routine sessions without a ' +
          'research assistant. Short, validated and available in several languages would help adoption more than ' +
          'precision.',
      },
      {
        id: id(1032),
        authorId: RESEARCHER,
        replyTo: id(1031),
        body:
          'Demo content. Agreed. I will mark each measure with its length, the languages with a validated ' +
          `translation, and whether it needs training to administer. ${mention(COORDINATOR)} could you review the draft before it goes to the library?`,
        mentions: [COORDINATOR],
      },
      {
        id: id(1033),
        authorId: COORDINATOR,
        body: 'Demo content. Happy to. Post it here when it is ready.',
      },
    ],
  },
  {
    id: BODY_SAFETY,
    slug: 'children',
    authorId: demoMemberId('member-se'),
    title: 'Demo: Kroppslig integritet i förskoleklass: erfarenheter?',
    body:
      'Demo content. Vi har börjat med sex lektioner om kroppslig integritet i förskoleklass. Barnen tar det bra, ' +
      'men några föräldrar var oroliga innan. Hur har ni förberett föräldrarna?',
    hoursAgo: 20,
    messages: [
      {
        id: id(1041),
        authorId: demoMemberId('member-no'),
        body:
          'Demo content. Vi hadde et foreldremøte før første leksjon, der vi viste materialet. Da forsvant det meste ' +
          'av bekymringen. Evalueringen vår viser at barna husker reglene om hemmeligheter best.',
      },
      {
        id: id(1042),
        authorId: demoMemberId('member-se'),
        replyTo: id(1041),
        body: 'Demo content. Tack! Vi gör ett föräldramöte nästa termin. Föräldraguiden finns nu på svenska i biblioteket.',
      },
    ],
  },
  {
    id: TRANSLATION,
    slug: 'social-workers',
    authorId: COORDINATOR,
    title: 'Demo: Oversættelse af samtaleguiden til hjælpelinjer',
    body:
      'Demo content. Vi har oversat samtaleguiden til dansk og tilføjet afsnittet om underretningspligt. Er der ' +
      'nogen, der vil læse korrektur, før vi bruger den i undervisningen af nye rådgivere?',
    hoursAgo: 12,
    messages: [
      {
        id: id(1051),
        authorId: demoMemberId('member-fi'),
        body:
          'Demo content. I can read it alongside the Swedish version: we adapted that one for Finland, and the ' +
          'reporting duties differ in the same places.',
      },
    ],
  },
  {
    id: RELEASE,
    slug: 'prison-and-probation',
    authorId: demoMemberId('member-be'),
    title: 'Demo: Starting support before release, not after',
    body:
      'Demo content. Our circles now meet the core member six weeks before release. Early results: fewer missed ' +
      'appointments in the first month. Has anyone tried this with video calls into the prison?',
    hoursAgo: 6,
    messages: [
      {
        id: id(1061),
        authorId: demoMemberId('member-ca'),
        body:
          'Demo content. We use video calls for the first two meetings. It works if a staff member is in the room; ' +
          'otherwise people say little.',
      },
      {
        id: id(1062),
        authorId: demoMemberId('member-be'),
        replyTo: id(1061),
        body: 'Demo content. Useful, thank you. We will ask the prison for a room with staff present.',
      },
    ],
  },
];

/** Where each demo account has read up to, so that the demo shows some unread messages. */
const READERS: ReadonlyArray<[threadId: string, userId: string, position: number]> = [
  [HELPLINE, PRACTITIONER, 3],
  [HELPLINE, RESEARCHER, 2],
  [HELPLINE, COORDINATOR, 4],
  [CONSULTATION, RESEARCHER, 1],
  [OUTCOMES, RESEARCHER, 2],
  [OUTCOMES, COORDINATOR, 3],
];

/**
 * Memberships of the demo accounts, and a few threads with messages in the network's groups (found by slug,
 * as the migration creates them). Fixed ids, ON CONFLICT DO NOTHING: safe to run again. Counters (members of
 * a group, messages of a thread) are recomputed from the rows, so they stay right whatever existed before.
 */
export async function seedDemoGroups(db: Queryable): Promise<void> {
  for (const membership of MEMBERSHIPS) {
    await db.query(
      `INSERT INTO group_memberships (group_id, user_id, role, status, request_message, decided_at)
       SELECT g.id, $2, $3, $4, $5, CASE WHEN $4 = 'active' THEN now() END
         FROM groups g WHERE g.slug = $1
       ON CONFLICT DO NOTHING`,
      [membership.slug, membership.userId, membership.role, membership.status, membership.requestMessage ?? null],
    );
  }

  for (const thread of THREADS) {
    await db.query(
      `INSERT INTO threads (id, group_id, title, body, author_id, announcement, created_at, last_message_at, pinned_at)
       SELECT $1, g.id, $3, $4, $5, $6, now() - make_interval(hours => $7), now() - make_interval(hours => $7),
              CASE WHEN $8 THEN now() - make_interval(hours => $7 - 24) END
         FROM groups g WHERE g.slug = $2
       ON CONFLICT DO NOTHING`,
      [
        thread.id,
        thread.slug,
        thread.title,
        thread.body,
        thread.authorId,
        thread.announcement ?? false,
        thread.hoursAgo,
        thread.pinned ?? false,
      ],
    );
    for (const [index, message] of thread.messages.entries()) {
      await db.query(
        `INSERT INTO messages (id, thread_id, position, client_id, author_id, body, reply_to_id, mentions, created_at)
         SELECT $1, t.id, $3, $4, $5, $6, $7, $8::uuid[], t.created_at + make_interval(hours => $3)
           FROM threads t WHERE t.id = $2
         ON CONFLICT DO NOTHING`,
        [
          message.id,
          thread.id,
          index + 1,
          clientIdOf(message.id),
          message.authorId,
          message.body,
          message.replyTo ?? null,
          message.mentions ?? [],
        ],
      );
    }
  }

  for (const [threadId, userId, position] of READERS) {
    await db.query(
      `INSERT INTO thread_readers (thread_id, user_id, last_read_position)
       SELECT t.id, $2, $3 FROM threads t WHERE t.id = $1
       ON CONFLICT DO NOTHING`,
      [threadId, userId, position],
    );
  }

  // A few unread notifications, so that the bell has something to show.
  await db.query(
    `INSERT INTO notifications (id, user_id, kind, group_id, thread_id, actor_id, data)
     SELECT $1, $2, 'mention', t.group_id, t.id, $3, jsonb_build_object('messageId', $4::text)
       FROM threads t WHERE t.id = $5
     ON CONFLICT DO NOTHING`,
    [id(201), PRACTITIONER, RESEARCHER, id(1012), HELPLINE],
  );
  await db.query(
    `INSERT INTO notifications (id, user_id, kind, group_id, thread_id, actor_id, data)
     SELECT $1, $2, 'reply', t.group_id, t.id, $3, jsonb_build_object('messageId', $4::text)
       FROM threads t WHERE t.id = $5
     ON CONFLICT DO NOTHING`,
    [id(202), RESEARCHER, PRACTITIONER, id(1013), HELPLINE],
  );
  await db.query(
    `INSERT INTO notifications (id, user_id, kind, group_id, actor_id)
     SELECT $1, $2, 'join-request', m.group_id, m.user_id
       FROM group_memberships m JOIN groups g ON g.id = m.group_id
      WHERE g.slug = 'parents-and-caregivers' AND m.user_id = $3 AND m.status = 'pending'
     ON CONFLICT DO NOTHING`,
    [id(203), COORDINATOR, PRACTITIONER],
  );

  // Message counts are the last positions (positions are gapless), and the members those with an active membership.
  await db.query(
    `UPDATE threads t
        SET message_count = coalesce(last.position, 0),
            last_message_at = coalesce(last.created_at, t.created_at)
       FROM (SELECT t2.id,
                    (SELECT max(position) FROM messages m WHERE m.thread_id = t2.id) AS position,
                    (SELECT max(created_at) FROM messages m WHERE m.thread_id = t2.id) AS created_at
               FROM threads t2 WHERE t2.id = ANY($1::uuid[])) AS last
      WHERE t.id = last.id`,
    [DEMO_THREAD_IDS],
  );
  await db.query(
    `UPDATE groups g
        SET member_count = (SELECT count(*) FROM group_memberships m WHERE m.group_id = g.id AND m.status = 'active')
      WHERE g.slug = ANY($1::text[])`,
    [[...new Set(MEMBERSHIPS.map((membership) => membership.slug))]],
  );
}
