import type { EntityManager } from 'typeorm';
import { MEMBERSHIP_FACTS_COLUMNS, membershipJoin } from '../groups/membership-facts';
import type { AuthorFacts } from '../users/author.mapper';
import { PollEntity, PollOptionEntity } from './poll.entity';
import type { PollState } from './polls.policy';
import { THREAD_COLUMNS, threadFactsOf, type ThreadFacts, type ThreadRow } from './threads.repository';

/** A poll as its rules and its mapping read it, with the database's clock for `closed`. */
export interface PollRow extends PollState {
  id: string;
  threadId: string;
  messageId: string;
  question: string;
  closesAt: Date | null;
  /** When it closed: early (`closed_at`), or its closing time once passed; null while open. */
  closedAt: Date | null;
  createdAt: Date;
  creator: AuthorFacts | null;
  /** Its message was deleted or hidden: the poll went with it. */
  gone: boolean;
}

export type PollFacts = ThreadFacts & { poll: PollRow };

type PollFactsRow = ThreadRow & {
  pollId: string;
  pollMessageId: string;
  pollCreatedBy: string | null;
  pollCreatorName: string | null;
  pollCreatorErasedAt: Date | null;
  pollQuestion: string;
  pollMultiple: boolean;
  pollAnonymous: boolean;
  pollResults: PollRow['results'];
  pollClosesAt: Date | null;
  pollClosedAt: Date | null;
  pollClosed: boolean;
  pollCreatedAt: Date;
  pollGone: boolean;
};

/**
 * A poll with its thread, its group and the viewer's membership facts, in one statement; null when there is
 * no such poll. `lock`: `share` keeps it from closing until the transaction ends (a vote), `update` locks
 * it (closing).
 */
export async function pollFacts(
  db: EntityManager,
  pollId: string,
  viewerId: string | null,
  lock?: 'share' | 'update',
): Promise<PollFacts | null> {
  const rows = (await db.query(
    `SELECT ${THREAD_COLUMNS}, ${MEMBERSHIP_FACTS_COLUMNS},
            p.id AS "pollId", p.message_id AS "pollMessageId", p.created_by AS "pollCreatedBy",
            pc.display_name AS "pollCreatorName", pc.erased_at AS "pollCreatorErasedAt",
            p.question AS "pollQuestion", p.multiple AS "pollMultiple", p.anonymous AS "pollAnonymous",
            p.results AS "pollResults", p.closes_at AS "pollClosesAt",
            coalesce(p.closed_at, CASE WHEN p.closes_at <= now() THEN p.closes_at END) AS "pollClosedAt",
            (p.closed_at IS NOT NULL OR coalesce(p.closes_at <= now(), false)) AS "pollClosed", p.created_at AS "pollCreatedAt",
            (msg.deleted_at IS NOT NULL OR msg.hidden_at IS NOT NULL) AS "pollGone"
       FROM polls p JOIN messages msg ON msg.id = p.message_id LEFT JOIN users pc ON pc.id = p.created_by
       JOIN threads t ON t.id = p.thread_id JOIN groups g ON g.id = t.group_id ${membershipJoin('$2')}
       LEFT JOIN users a ON a.id = t.author_id
      WHERE p.id = $1${lock ? ` FOR ${lock === 'share' ? 'SHARE' : 'NO KEY UPDATE'} OF p` : ''}`,
    [pollId, viewerId],
  )) as PollFactsRow[];
  const row = rows[0];
  if (!row) return null;
  return {
    ...threadFactsOf(row),
    poll: {
      id: row.pollId,
      threadId: row.threadId,
      messageId: row.pollMessageId,
      question: row.pollQuestion,
      createdBy: row.pollCreatedBy,
      creator:
        row.pollCreatedBy === null
          ? null
          : { id: row.pollCreatedBy, displayName: row.pollCreatorName ?? '', erasedAt: row.pollCreatorErasedAt },
      multiple: row.pollMultiple,
      anonymous: row.pollAnonymous,
      results: row.pollResults,
      closesAt: row.pollClosesAt,
      closedAt: row.pollClosedAt,
      closed: row.pollClosed,
      createdAt: row.pollCreatedAt,
      gone: row.pollGone,
    },
  };
}

/** The counts of a poll, and the viewer's own choice. */
export interface PollTally {
  voterCount: number;
  options: Array<{ id: string; label: string; votes: number }>;
  /** The viewer's chosen option ids, in the options' order; null when they have not voted. */
  myVote: string[] | null;
}

/** A poll's options with their counts, how many voted, and the viewer's choice, in one statement. */
export async function pollTally(db: EntityManager, pollId: string, viewerId: string | null): Promise<PollTally> {
  const rows = (await db.query(
    `SELECT (SELECT count(*) FROM poll_ballots b WHERE b.poll_id = $1)::int AS "voterCount",
            (SELECT coalesce(json_agg(json_build_object('id', o.id, 'label', o.label, 'votes',
                      (SELECT count(*) FROM poll_choices c WHERE c.option_id = o.id)) ORDER BY o.position), '[]')
               FROM poll_options o WHERE o.poll_id = $1)::text AS options,
            (SELECT json_agg(c.option_id ORDER BY o.position)
               FROM poll_ballots b JOIN poll_choices c ON c.ballot_id = b.id JOIN poll_options o ON o.id = c.option_id
              WHERE b.poll_id = $1 AND b.voter_id = $2)::text AS "myVote"`,
    [pollId, viewerId],
  )) as Array<{ voterCount: number; options: string; myVote: string | null }>;
  const row = rows[0]!;
  return {
    voterCount: row.voterCount,
    options: JSON.parse(row.options) as PollTally['options'],
    myVote: row.myVote ? (JSON.parse(row.myVote) as string[]) : null,
  };
}

/** Who chose each option (voters whose accounts were erased are no longer named), earliest vote first. */
export async function pollVoters(db: EntityManager, pollId: string): Promise<Map<string, AuthorFacts[]>> {
  const rows = (await db.query(
    `SELECT c.option_id AS "optionId", u.id, u.display_name AS "displayName", u.erased_at AS "erasedAt"
       FROM poll_ballots b JOIN poll_choices c ON c.ballot_id = b.id JOIN users u ON u.id = b.voter_id
      WHERE b.poll_id = $1 AND u.erased_at IS NULL
      ORDER BY b.voted_at, u.id`,
    [pollId],
  )) as Array<AuthorFacts & { optionId: string }>;
  const byOption = new Map<string, AuthorFacts[]>();
  for (const { optionId, ...voter } of rows) {
    byOption.set(optionId, [...(byOption.get(optionId) ?? []), voter]);
  }
  return byOption;
}

/** The ids of a poll's options. */
export async function optionIdsOf(db: EntityManager, pollId: string): Promise<string[]> {
  const rows = (await db.query(`SELECT id FROM poll_options WHERE poll_id = $1 ORDER BY position`, [pollId])) as Array<{
    id: string;
  }>;
  return rows.map((row) => row.id);
}

export interface NewPoll {
  messageId: string;
  threadId: string;
  createdBy: string;
  question: string;
  options: string[];
  multiple: boolean;
  anonymous: boolean;
  results: PollRow['results'];
  closesAt: Date | null;
}

/** Stores a poll and its options, in the order given. */
export async function insertPoll(db: EntityManager, poll: NewPoll): Promise<string> {
  const { options, ...columns } = poll;
  const saved = await db.save(db.create(PollEntity, { ...columns, closedAt: null }));
  await db.insert(
    PollOptionEntity,
    options.map((label, i) => ({ pollId: saved.id, position: i + 1, label })),
  );
  return saved.id;
}

/** The poll a message carries, if any. */
export async function pollOfMessage(
  db: EntityManager,
  messageId: string,
): Promise<{ id: string; threadId: string } | null> {
  const rows = (await db.query(`SELECT id, thread_id AS "threadId" FROM polls WHERE message_id = $1`, [
    messageId,
  ])) as Array<{ id: string; threadId: string }>;
  return rows[0] ?? null;
}

/**
 * Puts a voter's choice in place of their previous one. The ballot's upsert locks its row first, so that
 * two votes of the same person at once are stored one after the other, each whole.
 */
export async function castBallot(db: EntityManager, pollId: string, voterId: string, optionIds: string[]) {
  const [ballot] = (await db.query(
    `INSERT INTO poll_ballots (poll_id, voter_id) VALUES ($1, $2)
     ON CONFLICT (poll_id, voter_id) DO UPDATE SET voted_at = now() RETURNING id`,
    [pollId, voterId],
  )) as Array<{ id: string }>;
  await db.query(`DELETE FROM poll_choices WHERE ballot_id = $1`, [ballot!.id]);
  await db.query(`INSERT INTO poll_choices (ballot_id, option_id) SELECT $1, unnest($2::uuid[])`, [
    ballot!.id,
    optionIds,
  ]);
}

export async function closePoll(db: EntityManager, pollId: string): Promise<void> {
  await db.query(`UPDATE polls SET closed_at = now() WHERE id = $1`, [pollId]);
}

/** What a person did in polls, for their export: the polls they made and the votes they cast. */
export async function pollsOfPerson(db: EntityManager, userId: string) {
  const created = (await db.query(
    `SELECT p.id, p.thread_id AS "threadId", p.question, p.multiple, p.anonymous, p.results,
            p.closes_at AS "closesAt", p.closed_at AS "closedAt", p.created_at AS "createdAt",
            (SELECT json_agg(o.label ORDER BY o.position) FROM poll_options o WHERE o.poll_id = p.id) AS options
       FROM polls p WHERE p.created_by = $1 ORDER BY p.created_at`,
    [userId],
  )) as Array<{
    id: string;
    threadId: string;
    question: string;
    multiple: boolean;
    anonymous: boolean;
    results: string;
    closesAt: Date | null;
    closedAt: Date | null;
    createdAt: Date;
    options: string[];
  }>;
  const votes = (await db.query(
    `SELECT p.id AS "pollId", p.thread_id AS "threadId", p.question, b.voted_at AS "votedAt",
            (SELECT json_agg(o.label ORDER BY o.position) FROM poll_choices c JOIN poll_options o ON o.id = c.option_id
              WHERE c.ballot_id = b.id) AS chosen
       FROM poll_ballots b JOIN polls p ON p.id = b.poll_id WHERE b.voter_id = $1 ORDER BY b.voted_at`,
    [userId],
  )) as Array<{ pollId: string; threadId: string; question: string; votedAt: Date; chosen: string[] | null }>;
  return { created, votes };
}

/** Erasure: their votes stay counted, no longer theirs. */
export async function anonymiseBallots(db: EntityManager, userId: string): Promise<void> {
  await db.query(`UPDATE poll_ballots SET voter_id = NULL WHERE voter_id = $1`, [userId]);
}
