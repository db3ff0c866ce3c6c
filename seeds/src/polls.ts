import { DEMO_THREAD_IDS } from './groups';
import { demoMemberId, type DemoMemberKey } from './members';
import type { Queryable } from './db';

interface DemoPoll {
  id: string;
  /** The message of the thread that carries it. */
  messageId: string;
  threadId: string;
  createdBy: DemoMemberKey;
  question: string;
  options: string[];
  multiple: boolean;
  anonymous: boolean;
  results: 'live' | 'after-close';
  /** Days from the seeding until it closes, or none. */
  closesInDays?: number;
  /** Who voted for which options (by their index). */
  votes: Array<[DemoMemberKey, number[]]>;
}

/** Fixed ids of their own block, apart from the groups' and the other seeds'. */
const id = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;
const clientIdOf = (messageId: string) => messageId.replace('-9000-', '-a900-');
/** A poll's options follow its id: poll …100 has options …101, …102... */
const optionId = (pollId: string, index: number) =>
  pollId.replace(/\d{4}$/, (n) => String(Number(n) + index + 1).padStart(4, '0'));

const [, CONSULTATION, OUTCOMES] = DEMO_THREAD_IDS;

const POLLS: readonly DemoPoll[] = [
  {
    id: id(100),
    messageId: id(1),
    threadId: CONSULTATION,
    createdBy: 'coordinator',
    question: 'Demo poll: Which time suits the monthly case consultation best?',
    options: ['First Tuesday, 14:00 CET', 'First Tuesday, 16:00 CET', 'First Thursday, 10:00 CET'],
    multiple: false,
    anonymous: false,
    results: 'live',
    votes: [
      ['researcher', [0]],
      ['member-nl', [1]],
      ['member-fi', [0]],
    ],
  },
  {
    id: id(200),
    messageId: id(2),
    threadId: OUTCOMES,
    createdBy: 'researcher',
    question: 'Demo poll: Which proximal outcomes do you measure in routine sessions?',
    options: [
      'A validated scale of sexual preoccupation',
      'Emotional congruence with children',
      'Help-seeking or contact with services',
      'None routinely yet',
    ],
    multiple: true,
    anonymous: true,
    results: 'after-close',
    closesInDays: 7,
    votes: [
      ['coordinator', [0, 2]],
      ['member-no', [2]],
    ],
  },
];

/** Threads whose counters the polls change. */
const POLL_THREADS = [...new Set(POLLS.map((poll) => poll.threadId))];

/**
 * A poll in two demo threads (one named and live, one anonymous with results after it closes), each with a
 * few votes; the demo practitioner and researcher still have a vote to cast. Idempotent, like the other seeds.
 */
export async function seedDemoPolls(db: Queryable): Promise<void> {
  for (const poll of POLLS) {
    const creator = demoMemberId(poll.createdBy);
    // The poll's message comes after the thread's others, an hour after the last.
    await db.query(
      `INSERT INTO messages (id, thread_id, position, client_id, author_id, body, created_at)
       SELECT $1, t.id, last.position + 1, $3, $4, $5, coalesce(last.created_at, t.created_at) + interval '1 hour'
         FROM threads t,
              LATERAL (SELECT coalesce(max(position), 0) AS position, max(created_at) AS created_at
                         FROM messages m WHERE m.thread_id = t.id) AS last
        WHERE t.id = $2
       ON CONFLICT DO NOTHING`,
      [poll.messageId, poll.threadId, clientIdOf(poll.messageId), creator, poll.question],
    );
    await db.query(
      `INSERT INTO polls (id, message_id, thread_id, created_by, question, multiple, anonymous, results, closes_at)
       SELECT $1, m.id, m.thread_id, $3, $4, $5, $6, $7,
              CASE WHEN $8::int IS NULL THEN NULL ELSE now() + make_interval(days => $8::int) END
         FROM messages m WHERE m.id = $2
       ON CONFLICT DO NOTHING`,
      [
        poll.id,
        poll.messageId,
        creator,
        poll.question,
        poll.multiple,
        poll.anonymous,
        poll.results,
        poll.closesInDays ?? null,
      ],
    );
    for (const [index, label] of poll.options.entries()) {
      await db.query(
        `INSERT INTO poll_options (id, poll_id, position, label) SELECT $1, p.id, $3, $4 FROM polls p WHERE p.id = $2
         ON CONFLICT DO NOTHING`,
        [optionId(poll.id, index), poll.id, index + 1, label],
      );
    }
    for (const [voter, chosen] of poll.votes) {
      await db.query(
        `WITH ballot AS (
           INSERT INTO poll_ballots (poll_id, voter_id) SELECT p.id, $2 FROM polls p WHERE p.id = $1
           ON CONFLICT DO NOTHING RETURNING id)
         INSERT INTO poll_choices (ballot_id, option_id) SELECT ballot.id, unnest($3::uuid[]) FROM ballot`,
        [poll.id, demoMemberId(voter), chosen.map((index) => optionId(poll.id, index))],
      );
    }
  }
  await db.query(
    `UPDATE threads t
        SET message_count = last.position, last_message_at = greatest(t.last_message_at, last.created_at)
       FROM (SELECT thread_id, max(position) AS position, max(created_at) AS created_at
               FROM messages WHERE thread_id = ANY($1::uuid[]) GROUP BY thread_id) AS last
      WHERE t.id = last.thread_id`,
    [POLL_THREADS],
  );
}
