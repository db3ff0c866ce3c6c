import type { EntityManager } from 'typeorm';

export interface GroupCountsRow {
  id: string;
  slug: string;
  name: string;
  join_requests: number;
  flags: number;
}

/**
 * The counts behind the moderation badge, read straight from the tables they come from: the badge is
 * asked for on every page and after every notification, so it is one query per kind, not a walk
 * through each module's lists.
 */
export const moderationRepository = {
  /** Groups (every one, or those `userId` actively coordinates) with requests or open flags waiting. */
  async groupCounts(db: EntityManager, userId: string | null): Promise<GroupCountsRow[]> {
    return (await db.query(
      `WITH scope AS (
         SELECT g.id, g.slug, g.name FROM groups g
          WHERE g.archived_at IS NULL
            AND ($1::uuid IS NULL OR EXISTS (
              SELECT 1 FROM group_memberships c
               WHERE c.group_id = g.id AND c.user_id = $1 AND c.role = 'coordinator' AND c.status = 'active'))
       ),
       requests AS (
         SELECT gm.group_id, count(*)::int AS n FROM group_memberships gm JOIN scope s ON s.id = gm.group_id
          WHERE gm.status = 'pending' GROUP BY gm.group_id
       ),
       flags AS (
         SELECT t.group_id, count(*)::int AS n FROM message_flags f
           JOIN messages m ON m.id = f.message_id JOIN threads t ON t.id = m.thread_id
           JOIN scope s ON s.id = t.group_id
          WHERE f.resolved_at IS NULL AND m.deleted_at IS NULL GROUP BY t.group_id
       )
       SELECT s.id, s.slug, s.name, COALESCE(r.n, 0) AS join_requests, COALESCE(f.n, 0) AS flags
         FROM scope s LEFT JOIN requests r ON r.group_id = s.id LEFT JOIN flags f ON f.group_id = s.id
        WHERE r.n > 0 OR f.n > 0
        ORDER BY COALESCE(r.n, 0) + COALESCE(f.n, 0) DESC, s.name, s.id`,
      [userId],
    )) as GroupCountsRow[];
  },

  /** Applications to the network waiting for vetting. */
  async pendingAccounts(db: EntityManager): Promise<number> {
    const [row] = (await db.query(`SELECT count(*)::int AS n FROM users WHERE status = 'pending'`)) as [{ n: number }];
    return row.n;
  },

  /** Practices, or changes to published ones, submitted for curation. */
  async submittedPractices(db: EntityManager): Promise<number> {
    const [row] = (await db.query(
      `SELECT count(*)::int AS n FROM practices WHERE curation_label = 'submitted' OR pending_label = 'submitted'`,
    )) as [{ n: number }];
    return row.n;
  },
};
