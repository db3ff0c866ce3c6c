import type { MeetingResponse, Page } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import { decodeKeyset, encodeKeyset, type SortKey } from '../../common/keyset';
import {
  MEMBERSHIP_FACTS_COLUMNS,
  membershipFactsOf,
  membershipJoin,
  type MembershipFactsOf,
  type MembershipFactsRow,
} from '../groups/membership-facts';
import type { AuthorFacts } from '../users/author.mapper';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { MeetingEntity } from './meeting.entity';

/** A meeting as it is shown: the row, its group's name, its counts, the caller's answer and its organiser. */
export interface MeetingView extends MeetingEntity {
  groupName: string;
  goingCount: number;
  maybeCount: number;
  waitlistedCount: number;
  myResponse: MeetingResponse | null;
  myWaitlisted: boolean;
  organiser: AuthorFacts | null;
  outputIds: string[];
}

/** A meeting with its group's and the caller's membership facts. */
export interface MeetingFacts extends MembershipFactsOf {
  meeting: MeetingView;
}

interface MeetingRow extends MembershipFactsRow {
  id: string;
  group_id: string;
  network_wide: boolean;
  thread_id: string | null;
  title: string;
  agenda: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  online_url: string | null;
  location: string | null;
  capacity: number | null;
  sequence: number;
  cancelled_at: Date | null;
  minutes: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  groupName: string;
  goingCount: number;
  maybeCount: number;
  waitlistedCount: number;
  myResponse: MeetingResponse | null;
  myWaitlisted: boolean | null;
  organiserName: string | null;
  organiserErasedAt: Date | null;
  outputIds: string[];
}

const COUNT = (condition: string) =>
  `(SELECT count(*) FROM meeting_responses c WHERE c.meeting_id = mt.id AND ${condition})::int`;

/** The columns a meeting's view reads, over `mt` (meeting), `g` (group), `m` (membership), `me` (answer), `o`. */
const MEETING_COLUMNS = `mt.*, g.name AS "groupName", ${MEMBERSHIP_FACTS_COLUMNS},
  ${COUNT(`c.response = 'going' AND NOT c.waitlisted`)} AS "goingCount",
  ${COUNT(`c.response = 'maybe'`)} AS "maybeCount",
  ${COUNT(`c.waitlisted`)} AS "waitlistedCount",
  me.response AS "myResponse", me.waitlisted AS "myWaitlisted",
  o.display_name AS "organiserName", o.erased_at AS "organiserErasedAt",
  ARRAY(SELECT mo.resource_id FROM meeting_outputs mo WHERE mo.meeting_id = mt.id ORDER BY mo.position) AS "outputIds"`;

/** FROM a meeting with its group, the membership and answer of the person `userId`, and its organiser. */
const meetingJoins = (userId: string) =>
  `meetings mt JOIN groups g ON g.id = mt.group_id ${membershipJoin(userId)}
   LEFT JOIN meeting_responses me ON me.meeting_id = mt.id AND me.user_id = ${userId}
   LEFT JOIN users o ON o.id = mt.created_by`;

function viewOf(row: MeetingRow): MeetingView {
  return {
    id: row.id,
    groupId: row.group_id,
    networkWide: row.network_wide,
    threadId: row.thread_id,
    title: row.title,
    agenda: row.agenda,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
    onlineUrl: row.online_url,
    location: row.location,
    capacity: row.capacity,
    sequence: row.sequence,
    cancelledAt: row.cancelled_at,
    minutes: row.minutes,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    groupName: row.groupName,
    goingCount: row.goingCount,
    maybeCount: row.maybeCount,
    waitlistedCount: row.waitlistedCount,
    myResponse: row.myResponse,
    myWaitlisted: row.myWaitlisted ?? false,
    organiser:
      row.created_by === null
        ? null
        : { id: row.created_by, displayName: row.organiserName ?? '', erasedAt: row.organiserErasedAt },
    outputIds: row.outputIds ?? [],
  };
}

function factsOf(row: MeetingRow): MeetingFacts {
  return { ...membershipFactsOf(row), meeting: viewOf(row) };
}

const KEYS: ReadonlyArray<SortKey<MeetingView>> = [
  { sql: 'mt.starts_at', order: 'ASC', type: 'time', value: (m) => m.startsAt.toISOString() },
  { sql: 'mt.id', order: 'ASC', type: 'uuid', value: (m) => m.id },
];

export interface MeetingWindow {
  from?: Date;
  to?: Date;
  order: 'asc' | 'desc';
  limit: number;
  cursor?: string;
}

export const meetingsRepository = {
  async facts(db: EntityManager, meetingId: string, viewerId: string | null): Promise<MeetingFacts | null> {
    const rows = (await db.query(`SELECT ${MEETING_COLUMNS} FROM ${meetingJoins('$2')} WHERE mt.id = $1`, [
      meetingId,
      viewerId,
    ])) as MeetingRow[];
    return rows[0] ? factsOf(rows[0]) : null;
  },

  /** Locks the meeting's row for the rest of the transaction: answers to one meeting go one at a time. */
  async lock(db: EntityManager, meetingId: string): Promise<boolean> {
    const rows = (await db.query(`SELECT id FROM meetings WHERE id = $1 FOR UPDATE`, [meetingId])) as unknown[];
    return rows.length > 0;
  },

  /**
   * A page of meetings in a window (those that end after `from` and start before `to`), by start time: of one
   * group, or (`audienceOf`) of the person's groups and the network-wide ones.
   */
  async page(
    db: EntityManager,
    scope: { groupId: string } | { audienceOf: string; networkWide: boolean },
    viewerId: string | null,
    window: MeetingWindow,
  ): Promise<Page<MeetingFacts>> {
    const params: unknown[] = [viewerId];
    const where: string[] = [];
    if ('groupId' in scope) {
      params.push(scope.groupId);
      where.push(`mt.group_id = $${params.length}`);
    } else {
      params.push(scope.audienceOf);
      const networkWide = scope.networkWide ? 'mt.network_wide OR ' : '';
      where.push(`(${networkWide}mt.group_id IN (SELECT a.group_id FROM group_memberships a
                    WHERE a.user_id = $${params.length} AND a.status = 'active'))`);
    }
    if (window.from) {
      params.push(window.from);
      where.push(`mt.ends_at > $${params.length}`);
    }
    if (window.to) {
      params.push(window.to);
      where.push(`mt.starts_at < $${params.length}`);
    }
    const direction = window.order === 'desc' ? 'DESC' : 'ASC';
    const after = direction === 'ASC' ? '>' : '<';
    if (window.cursor) {
      const [startsAt, id] = decodeKeyset(window.cursor, KEYS);
      params.push(startsAt, id);
      where.push(`(mt.starts_at, mt.id) ${after} ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(window.limit + 1);
    const rows = (await db.query(
      `SELECT ${MEETING_COLUMNS} FROM ${meetingJoins('$1')} WHERE ${where.join(' AND ')}
        ORDER BY mt.starts_at ${direction}, mt.id ${direction} LIMIT $${params.length}`,
      params,
    )) as MeetingRow[];
    const items = rows.slice(0, window.limit).map(factsOf);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > window.limit && last ? encodeKeyset(last.meeting, KEYS) : null,
    };
  },

  /** Every meeting of the person's groups and the network-wide ones from `since` on, for their calendar feed. */
  async forFeed(db: EntityManager, userId: string, since: Date): Promise<MeetingView[]> {
    const rows = (await db.query(
      `SELECT ${MEETING_COLUMNS} FROM ${meetingJoins('$1')}
        WHERE mt.ends_at > $2 AND (mt.network_wide OR m.status = 'active')
        ORDER BY mt.starts_at, mt.id LIMIT 1000`,
      [userId, since],
    )) as MeetingRow[];
    return rows.map(viewOf);
  },

  async insert(db: EntityManager, meeting: Partial<MeetingEntity>): Promise<string> {
    const saved = await db.save(db.create(MeetingEntity, meeting));
    return saved.id;
  },

  async update(db: EntityManager, id: string, changes: Partial<MeetingEntity>): Promise<void> {
    await db.update(MeetingEntity, id, { ...changes, updatedAt: () => 'now()' });
  },

  async setOutputs(db: EntityManager, meetingId: string, resourceIds: string[]): Promise<void> {
    await db.query(`DELETE FROM meeting_outputs WHERE meeting_id = $1`, [meetingId]);
    if (resourceIds.length === 0) return;
    await db.query(
      `INSERT INTO meeting_outputs (meeting_id, resource_id, position)
       SELECT $1, id, position FROM unnest($2::uuid[]) WITH ORDINALITY AS output(id, position)`,
      [meetingId, resourceIds],
    );
  },

  async responseOf(
    db: EntityManager,
    meetingId: string,
    userId: string,
  ): Promise<{ response: MeetingResponse; waitlisted: boolean } | null> {
    const rows = (await db.query(
      `SELECT response, waitlisted FROM meeting_responses WHERE meeting_id = $1 AND user_id = $2`,
      [meetingId, userId],
    )) as Array<{ response: MeetingResponse; waitlisted: boolean }>;
    return rows[0] ?? null;
  },

  /** How many hold a place, leaving one person out (whose own answer is changing). */
  async placedCount(db: EntityManager, meetingId: string, except: string | null = null): Promise<number> {
    const rows = (await db.query(
      `SELECT count(*)::int AS n FROM meeting_responses
        WHERE meeting_id = $1 AND response = 'going' AND NOT waitlisted AND user_id IS DISTINCT FROM $2`,
      [meetingId, except],
    )) as Array<{ n: number }>;
    return rows[0]!.n;
  },

  async waitingCount(db: EntityManager, meetingId: string): Promise<number> {
    const rows = (await db.query(
      `SELECT count(*)::int AS n FROM meeting_responses WHERE meeting_id = $1 AND waitlisted`,
      [meetingId],
    )) as Array<{ n: number }>;
    return rows[0]!.n;
  },

  /** Records an answer; a changed answer goes to the back of the waiting list's order. */
  async saveResponse(
    db: EntityManager,
    meetingId: string,
    userId: string,
    response: MeetingResponse,
    waitlisted: boolean,
  ): Promise<void> {
    await db.query(
      `INSERT INTO meeting_responses (meeting_id, user_id, response, waitlisted) VALUES ($1, $2, $3, $4)
       ON CONFLICT (meeting_id, user_id)
       DO UPDATE SET response = EXCLUDED.response, waitlisted = EXCLUDED.waitlisted, responded_at = clock_timestamp()`,
      [meetingId, userId, response, waitlisted],
    );
  },

  /** Gives places to the first `count` people waiting, in the order they answered; answers who they are. */
  async promote(db: EntityManager, meetingId: string, count: number): Promise<string[]> {
    if (count <= 0) return [];
    const rows = (await db.query(
      `UPDATE meeting_responses SET waitlisted = false
        WHERE meeting_id = $1 AND user_id IN (
          SELECT user_id FROM meeting_responses WHERE meeting_id = $1 AND waitlisted
           ORDER BY responded_at, user_id LIMIT $2)
       RETURNING user_id`,
      [meetingId, count],
    )) as [Array<{ user_id: string }>, number];
    return rows[0].map((row) => row.user_id);
  },

  /** Who answered, for the organisers: going first, then maybe, then the waiting list, each in answer order. */
  attendees(db: EntityManager, meetingId: string) {
    return db.query(
      `SELECT u.id, u.display_name AS "displayName", u.erased_at AS "erasedAt", r.response, r.waitlisted,
              r.responded_at AS "respondedAt"
         FROM meeting_responses r JOIN users u ON u.id = r.user_id
        WHERE r.meeting_id = $1 AND r.response <> 'declined'
        ORDER BY r.waitlisted, CASE r.response WHEN 'going' THEN 0 ELSE 1 END, r.responded_at, u.id`,
      [meetingId],
    ) as Promise<
      Array<{
        id: string;
        displayName: string;
        erasedAt: Date | null;
        response: MeetingResponse;
        waitlisted: boolean;
        respondedAt: Date;
      }>
    >;
  },

  /** Those who said going or maybe: who hears that a meeting changed. */
  async respondents(db: EntityManager, meetingId: string): Promise<string[]> {
    const rows = (await db.query(
      `SELECT user_id FROM meeting_responses WHERE meeting_id = $1 AND response <> 'declined'`,
      [meetingId],
    )) as Array<{ user_id: string }>;
    return rows.map((row) => row.user_id);
  },

  /** Every active account: a network-wide meeting's audience. */
  async activeAccounts(db: EntityManager): Promise<string[]> {
    const rows = (await db.query(`SELECT id FROM users WHERE status = 'active' AND erased_at IS NULL`)) as Array<{
      id: string;
    }>;
    return rows.map((row) => row.id);
  },

  responsesOfPerson(db: EntityManager, userId: string) {
    return db.query(
      `SELECT r.meeting_id AS "meetingId", mt.title, mt.starts_at AS "startsAt", r.response, r.waitlisted,
              r.responded_at AS "respondedAt"
         FROM meeting_responses r JOIN meetings mt ON mt.id = r.meeting_id
        WHERE r.user_id = $1 ORDER BY mt.starts_at, mt.id`,
      [userId],
    ) as Promise<
      Array<{
        meetingId: string;
        title: string;
        startsAt: Date;
        response: MeetingResponse;
        waitlisted: boolean;
        respondedAt: Date;
      }>
    >;
  },

  /** The meetings whose places the person held: erasing their answers may free them. */
  async removeResponsesOfPerson(db: EntityManager, userId: string): Promise<string[]> {
    const rows = (await db.query(
      `DELETE FROM meeting_responses WHERE user_id = $1 RETURNING meeting_id, response, waitlisted`,
      [userId],
    )) as [Array<{ meeting_id: string; response: string; waitlisted: boolean }>, number];
    return rows[0].filter((row) => row.response === 'going' && !row.waitlisted).map((row) => row.meeting_id);
  },
};

export const calendarFeedsRepository = {
  feedOf(db: EntityManager, userId: string): Promise<CalendarFeedEntity | null> {
    return db.findOneBy(CalendarFeedEntity, { userId });
  },

  async ownerOfTokenHash(db: EntityManager, tokenHash: string): Promise<string | null> {
    const rows = (await db.query(
      `SELECT f.user_id FROM calendar_feeds f JOIN users u ON u.id = f.user_id
        WHERE f.token_hash = $1 AND u.status = 'active' AND u.erased_at IS NULL`,
      [tokenHash],
    )) as Array<{ user_id: string }>;
    return rows[0]?.user_id ?? null;
  },

  async createIfAbsent(db: EntityManager, userId: string, feedId: string, tokenHash: string): Promise<void> {
    await db.query(
      `INSERT INTO calendar_feeds (user_id, feed_id, token_hash) VALUES ($1, $2, $3) ON CONFLICT (user_id) DO NOTHING`,
      [userId, feedId, tokenHash],
    );
  },

  /** Sets the person's feed, replacing any earlier one (whose address then stops working). */
  async save(db: EntityManager, userId: string, feedId: string, tokenHash: string): Promise<void> {
    await db.query(
      `INSERT INTO calendar_feeds (user_id, feed_id, token_hash) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET feed_id = EXCLUDED.feed_id, token_hash = EXCLUDED.token_hash,
                                           created_at = now()`,
      [userId, feedId, tokenHash],
    );
  },

  async remove(db: EntityManager, userId: string): Promise<void> {
    await db.query(`DELETE FROM calendar_feeds WHERE user_id = $1`, [userId]);
  },
};
