import type { EmailFrequency, Locale } from '@pn/shared';
import { In, IsNull, type EntityManager } from 'typeorm';
import { NotificationEntity } from '../notifications/notification.entity';

export type Cadence = 'daily' | 'weekly';

export interface DueMember {
  id: string;
  email: string;
  locale: Locale;
  time_zone: string;
  kinds: Record<string, unknown> | null;
  due_at: Date;
}

export interface GroupActivityRow {
  user_id: string;
  slug: string;
  name: string;
  new_threads: number;
  new_thread_titles: Array<{ id: string; title: string }> | null;
  active_threads: Array<{ id: string; title: string; count: number }> | null;
  resources: number;
}

export interface UnreadRow {
  user_id: string;
  id: string;
  kind: string;
  group_id: string | null;
  group_frequency: EmailFrequency | null;
}

/** The window a digest covers ends at its due time: daily, or weekly on Monday, at the member's local hour. */
const DUE_AT = {
  daily: `(date_trunc('day', (now() AT TIME ZONE u.time_zone) - make_interval(hours => $2)) + make_interval(hours => $2)) AT TIME ZONE u.time_zone`,
  weekly: `(date_trunc('week', (now() AT TIME ZONE u.time_zone) - make_interval(hours => $2)) + make_interval(hours => $2)) AT TIME ZONE u.time_zone`,
};
const DONE_COLUMN = { daily: 'daily_digest_at', weekly: 'weekly_digest_at' };
export const PERIOD = { daily: '1 day', weekly: '7 days' };

/**
 * The digests' SQL, set-based: each statement serves a whole batch of members, whatever its size, so that
 * the number of queries grows with the number of batches, not of members.
 */
export const digestsRepository = {
  /**
   * Active members whose digest of this cadence is due and not yet dealt with, who chose this cadence for
   * some kind or group; locked (SKIP LOCKED), so that several instances share the work.
   */
  dueMembers(
    manager: EntityManager,
    cadence: Cadence,
    hour: number,
    defaults: Record<string, EmailFrequency>,
    limit: number,
  ): Promise<DueMember[]> {
    return manager.query(
      `SELECT u.id, u.email, u.locale, u.time_zone, s.kinds, ${DUE_AT[cadence]} AS due_at
         FROM users u
         LEFT JOIN email_settings s ON s.user_id = u.id
        WHERE u.status = 'active' AND u.erased_at IS NULL
          AND ${DUE_AT[cadence]} <= now()
          AND (s.${DONE_COLUMN[cadence]} IS NULL OR s.${DONE_COLUMN[cadence]} < ${DUE_AT[cadence]})
          AND (EXISTS (SELECT 1 FROM jsonb_each_text($3::jsonb || coalesce(s.kinds, '{}')) k WHERE k.value = $1)
               OR EXISTS (SELECT 1 FROM group_email_settings g WHERE g.user_id = u.id AND g.frequency = $1))
        ORDER BY u.id
        LIMIT $4
        FOR UPDATE OF u SKIP LOCKED`,
      [cadence, hour, JSON.stringify(defaults), limit],
    ) as Promise<DueMember[]>;
  },

  /** Unread notification lines of the batch's members, updated within each one's window. */
  unread(manager: EntityManager, cadence: Cadence, members: DueMember[]): Promise<UnreadRow[]> {
    return manager.query(
      `SELECT n.user_id, n.id, n.kind, n.group_id, g.frequency AS group_frequency
         FROM unnest($1::uuid[], $2::timestamptz[]) AS b(user_id, until)
         JOIN notifications n ON n.user_id = b.user_id AND n.read_at IS NULL
              AND n.updated_at > b.until - $3::interval AND n.updated_at <= b.until
         LEFT JOIN group_email_settings g ON g.user_id = n.user_id AND g.group_id = n.group_id
        ORDER BY n.updated_at DESC`,
      [members.map((m) => m.id), members.map((m) => m.due_at), PERIOD[cadence]],
    ) as Promise<UnreadRow[]>;
  },

  /**
   * What happened in each member's groups within their window: new threads, threads with new messages
   * (and how many), resources shared. Activity is computed once per group and window, then joined to the
   * members who share it.
   */
  groupActivity(
    manager: EntityManager,
    cadence: Cadence,
    members: Array<{ id: string; due_at: Date; groupFrequency: EmailFrequency }>,
  ): Promise<GroupActivityRow[]> {
    return manager.query(
      `WITH batch AS (
         SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::text[]) AS b(user_id, until, frequency)),
       mine AS (
         SELECT b.user_id, b.until - $5::interval AS since, b.until, m.group_id
           FROM batch b
           JOIN group_memberships m ON m.user_id = b.user_id AND m.status = 'active' AND NOT m.muted
           LEFT JOIN group_email_settings o ON o.user_id = b.user_id AND o.group_id = m.group_id
          WHERE coalesce(o.frequency, b.frequency) = $4),
       windows AS (SELECT DISTINCT group_id, since, until FROM mine),
       activity AS (
         SELECT w.group_id, w.since, w.until,
                (SELECT count(*) FROM threads t
                  WHERE t.group_id = w.group_id AND t.created_at > w.since AND t.created_at <= w.until)::int AS new_threads,
                (SELECT json_agg(json_build_object('id', x.id, 'title', x.title)) FROM (
                   SELECT t.id, t.title FROM threads t
                    WHERE t.group_id = w.group_id AND t.created_at > w.since AND t.created_at <= w.until
                    ORDER BY t.created_at DESC LIMIT 3) x) AS new_thread_titles,
                (SELECT json_agg(json_build_object('id', a.id, 'title', a.title, 'count', a.count) ORDER BY a.count DESC)
                   FROM (SELECT t.id, t.title,
                                (SELECT count(*) FROM messages msg
                                  WHERE msg.thread_id = t.id AND msg.deleted_at IS NULL AND msg.hidden_at IS NULL
                                    AND msg.created_at > w.since AND msg.created_at <= w.until)::int AS count
                           FROM threads t
                          WHERE t.group_id = w.group_id AND t.last_message_at > w.since
                          ORDER BY t.last_message_at DESC LIMIT 20) a
                  WHERE a.count > 0) AS active_threads,
                (SELECT count(*) FROM resources r
                  WHERE r.group_id = w.group_id AND r.scope = 'group' AND r.removed_at IS NULL
                    AND r.created_at > w.since AND r.created_at <= w.until)::int AS resources
           FROM windows w)
       SELECT mine.user_id, g.slug, g.name, a.new_threads, a.new_thread_titles, a.active_threads, a.resources
         FROM mine
         JOIN activity a ON a.group_id = mine.group_id AND a.since = mine.since AND a.until = mine.until
         JOIN groups g ON g.id = mine.group_id AND g.archived_at IS NULL
        WHERE a.new_threads > 0 OR a.active_threads IS NOT NULL OR a.resources > 0
        ORDER BY g.name`,
      [
        members.map((m) => m.id),
        members.map((m) => m.due_at),
        members.map((m) => m.groupFrequency),
        cadence,
        PERIOD[cadence],
      ],
    ) as Promise<GroupActivityRow[]>;
  },

  /** Practices published network-wide within each distinct window of the batch. */
  published(
    manager: EntityManager,
    cadence: Cadence,
    untils: Date[],
  ): Promise<Array<{ until: Date; practices: Array<{ id: string; title: string }> }>> {
    return manager.query(
      `SELECT w.until, coalesce((SELECT json_agg(json_build_object('id', x.id, 'title', x.title)) FROM (
                SELECT p.id, p.title FROM practices p
                 WHERE p.published_at > w.until - $2::interval AND p.published_at <= w.until
                   AND p.curation_label IN ('inspiring', 'peer-reviewed')
                 ORDER BY p.published_at DESC LIMIT 5) x), '[]'::json) AS practices
         FROM unnest($1::timestamptz[]) AS w(until)`,
      [untils, PERIOD[cadence]],
    ) as Promise<Array<{ until: Date; practices: Array<{ id: string; title: string }> }>>;
  },

  /** Every member of the batch is dealt with for this due time, with or without an email. */
  markDone(manager: EntityManager, cadence: Cadence, members: DueMember[]): Promise<unknown> {
    return manager.query(
      `INSERT INTO email_settings (user_id, ${DONE_COLUMN[cadence]})
       SELECT * FROM unnest($1::uuid[], $2::timestamptz[])
       ON CONFLICT (user_id) DO UPDATE SET ${DONE_COLUMN[cadence]} = EXCLUDED.${DONE_COLUMN[cadence]}`,
      [members.map((m) => m.id), members.map((m) => m.due_at)],
    );
  },

  /** Of these notifications, those still unread, newest first, with what their lines show. */
  unreadNotifications(manager: EntityManager, ids: string[]): Promise<NotificationEntity[]> {
    return manager.find(NotificationEntity, {
      where: { id: In(ids), readAt: IsNull() },
      relations: { group: true, thread: true, practice: true, actor: true },
      order: { updatedAt: 'DESC' },
    });
  },
};
