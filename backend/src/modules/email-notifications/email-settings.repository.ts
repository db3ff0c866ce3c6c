import type { EmailFrequency } from '@pn/shared';
import type { EntityManager } from 'typeorm';

/** Members' email choices: by kind (`email_settings.kinds`) and by group (`group_email_settings`). */
export const emailSettingsRepository = {
  /** The choices by kind as stored (only those set), or undefined; `forUpdate` locks the row. */
  async kinds(manager: EntityManager, userId: string, forUpdate = false): Promise<Record<string, unknown> | undefined> {
    const [row] = (await manager.query(
      `SELECT kinds FROM email_settings WHERE user_id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [userId],
    )) as Array<{ kinds: Record<string, unknown> }>;
    return row?.kinds;
  },

  async saveKinds(manager: EntityManager, userId: string, kinds: Record<string, EmailFrequency>): Promise<void> {
    await manager.query(
      `INSERT INTO email_settings (user_id, kinds) VALUES ($1, $2::jsonb)
       ON CONFLICT (user_id) DO UPDATE SET kinds = EXCLUDED.kinds, updated_at = now()`,
      [userId, JSON.stringify(kinds)],
    );
  },

  /** The choices by group, by group name. */
  groups(
    manager: EntityManager,
    userId: string,
  ): Promise<Array<{ slug: string; name: string; frequency: EmailFrequency }>> {
    return manager.query(
      `SELECT g.slug, g.name, s.frequency FROM group_email_settings s JOIN groups g ON g.id = s.group_id
        WHERE s.user_id = $1 ORDER BY g.name`,
      [userId],
    ) as Promise<Array<{ slug: string; name: string; frequency: EmailFrequency }>>;
  },

  /** The groups among these slugs that the member belongs to (or asked to join). */
  memberGroups(manager: EntityManager, userId: string, slugs: string[]): Promise<Array<{ id: string; slug: string }>> {
    return manager.query(
      `SELECT g.id, g.slug FROM groups g JOIN group_memberships m ON m.group_id = g.id AND m.user_id = $1
        WHERE g.slug = ANY($2::text[])`,
      [userId, slugs],
    ) as Promise<Array<{ id: string; slug: string }>>;
  },

  /** The choices by group become these. */
  async replaceGroups(
    manager: EntityManager,
    userId: string,
    groups: Array<{ groupId: string; frequency: EmailFrequency }>,
  ): Promise<void> {
    await manager.query(`DELETE FROM group_email_settings WHERE user_id = $1`, [userId]);
    if (groups.length === 0) return;
    await manager.query(
      `INSERT INTO group_email_settings (user_id, group_id, frequency)
       SELECT $1, * FROM unnest($2::uuid[], $3::text[])`,
      [userId, groups.map((group) => group.groupId), groups.map((group) => group.frequency)],
    );
  },

  /** Every group sent at this pace becomes `never`. */
  async turnOffGroupsAt(manager: EntityManager, userId: string, pace: EmailFrequency): Promise<void> {
    await manager.query(`UPDATE group_email_settings SET frequency = 'never' WHERE user_id = $1 AND frequency = $2`, [
      userId,
      pace,
    ]);
  },

  /** Whether the account exists and is not erased (an unsubscribe link may outlive it). */
  async accountRemains(manager: EntityManager, userId: string): Promise<boolean> {
    const rows = (await manager.query(`SELECT 1 FROM users WHERE id = $1 AND erased_at IS NULL`, [
      userId,
    ])) as unknown[];
    return rows.length > 0;
  },

  /** The choices by group as the export lists them: by group slug. */
  groupsBySlug(manager: EntityManager, userId: string): Promise<Array<{ groupSlug: string; frequency: string }>> {
    return manager.query(
      `SELECT g.slug AS "groupSlug", s.frequency FROM group_email_settings s JOIN groups g ON g.id = s.group_id
        WHERE s.user_id = $1 ORDER BY g.slug`,
      [userId],
    ) as Promise<Array<{ groupSlug: string; frequency: string }>>;
  },

  /** Every choice of the person goes (an erasure). */
  async deleteAll(manager: EntityManager, userId: string): Promise<void> {
    for (const table of ['email_settings', 'group_email_settings']) {
      await manager.query(`DELETE FROM ${table} WHERE user_id = $1`, [userId]);
    }
  },
};
