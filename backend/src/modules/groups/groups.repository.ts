import type { listGroupsQuerySchema, Page, UiLanguage } from '@pn/shared';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { keysetPage } from '../../common/keyset';
import type { Viewer } from '../../common/viewer';
import { entityRows, type EntityRows } from '../../database/entity-rows';
import { GroupTextEntity } from './group-text.entity';
import { GroupEntity } from './group.entity';
import { MembershipEntity } from './membership.entity';

/**
 * The group with this slug, or null. `lock` locks its row FOR NO KEY UPDATE: it serialises changes to the
 * group's memberships without blocking inserts that merely reference the group.
 */
export function groupBySlug(db: EntityManager, slug: string, lock = false): Promise<GroupEntity | null> {
  return db.findOne(GroupEntity, {
    where: { slug },
    ...(lock ? { lock: { mode: 'for_no_key_update' as const } } : {}),
  });
}

interface GroupWithMembershipStatement {
  sql: string;
  groups: EntityRows<GroupEntity>;
  memberships: EntityRows<MembershipEntity>;
}

const groupWithMembershipStatements = new WeakMap<DataSource, GroupWithMembershipStatement>();

/** The group with this slug and a person's membership of it (null for none), in one statement; null if no group. */
export async function groupWithMembership(
  db: EntityManager,
  slug: string,
  userId: string | null,
): Promise<{ group: GroupEntity; membership: MembershipEntity | null } | null> {
  let statement = groupWithMembershipStatements.get(db.connection);
  if (!statement) {
    const groups = entityRows(db.connection, GroupEntity, 'g_');
    const memberships = entityRows(db.connection, MembershipEntity, 'm_');
    statement = {
      groups,
      memberships,
      sql: `SELECT ${groups.columns('g')}, ${memberships.columns('m')}
              FROM groups g LEFT JOIN group_memberships m ON m.group_id = g.id AND m.user_id = $2
             WHERE g.slug = $1`,
    };
    groupWithMembershipStatements.set(db.connection, statement);
  }
  const rows = (await db.query(statement.sql, [slug, userId])) as Array<Record<string, unknown>>;
  const row = rows[0];
  if (!row) return null;
  return {
    group: statement.groups.hydrate(row),
    membership: row.m_user_id === null ? null : statement.memberships.hydrate(row),
  };
}

/** A page of groups by kind (profession first), then name; `archived` and `mine` as the list asks. */
export function groupsPage(
  db: EntityManager,
  viewer: NonNullable<Viewer> | undefined,
  query: z.output<typeof listGroupsQuerySchema>,
): Promise<Page<GroupEntity>> {
  const builder = db.getRepository(GroupEntity).createQueryBuilder('g');
  const member = viewer?.status === 'active';
  // The directory: every group that is not archived, for anyone; the archived ones are for members.
  builder.andWhere(member && query.archived ? 'g.archived_at IS NOT NULL' : 'g.archived_at IS NULL');
  if (query.kind) builder.andWhere('g.kind = :kind', { kind: query.kind });
  if (query.mine) {
    builder.andWhere('EXISTS (SELECT 1 FROM group_memberships m WHERE m.group_id = g.id AND m.user_id = :viewerId)', {
      viewerId: viewer?.id ?? null,
    });
  }
  // 'profession' sorts before 'programme': by kind, profession first, then by name.
  return keysetPage(
    builder,
    [
      { sql: 'g.kind', order: 'ASC', type: 'text', value: (g) => g.kind },
      { sql: 'g.name', order: 'ASC', type: 'text', value: (g) => g.name },
      { sql: 'g.id', order: 'ASC', type: 'uuid', value: (g) => g.id },
    ],
    query,
  );
}

export function slugExists(db: EntityManager, slug: string): Promise<boolean> {
  return db.existsBy(GroupEntity, { slug });
}

export function insertGroup(db: EntityManager, group: Partial<GroupEntity>): Promise<GroupEntity> {
  return db.save(db.create(GroupEntity, group));
}

export async function saveGroup(db: EntityManager, group: GroupEntity): Promise<void> {
  await db.save(group);
}

/** Keeps the group's member count with its memberships. */
export async function countMembers(db: EntityManager, groupId: string, change: 1 | -1): Promise<void> {
  await db.query(`UPDATE groups SET member_count = member_count + $2 WHERE id = $1`, [groupId, change]);
}

/** A reader's unread messages per group, over the threads they did not mute. */
export async function unreadByGroup(
  db: EntityManager,
  userId: string,
  groupIds: string[],
): Promise<Map<string, number>> {
  if (groupIds.length === 0) return new Map();
  const rows = (await db.query(
    `SELECT t.group_id, sum(greatest(t.message_count - coalesce(r.last_read_position, 0), 0))::int AS unread
       FROM threads t
       LEFT JOIN thread_readers r ON r.thread_id = t.id AND r.user_id = $1
      WHERE t.group_id = ANY($2::uuid[]) AND NOT coalesce(r.muted, false)
      GROUP BY t.group_id`,
    [userId, groupIds],
  )) as Array<{ group_id: string; unread: number }>;
  return new Map(rows.map((row) => [row.group_id, row.unread]));
}

/** The translations of these groups' texts. */
export function textsOf(db: EntityManager, groupIds: string[]): Promise<GroupTextEntity[]> {
  return groupIds.length
    ? db.find(GroupTextEntity, { where: { groupId: In(groupIds) }, order: { language: 'ASC' } })
    : Promise.resolve([]);
}

/** Sets a group's text in one language, or removes it (`null`). */
export async function setText(
  db: EntityManager,
  groupId: string,
  language: UiLanguage,
  text: { name: string; description: string } | null,
): Promise<void> {
  if (text === null) {
    await db.delete(GroupTextEntity, { groupId, language });
    return;
  }
  await db.upsert(GroupTextEntity, { groupId, language, ...text }, ['groupId', 'language']);
}

/** The countries of each group's active members with active accounts, sorted. */
export async function countriesByGroup(db: EntityManager, groupIds: string[]): Promise<Map<string, string[]>> {
  if (groupIds.length === 0) return new Map();
  const rows = (await db.query(
    `SELECT m.group_id, array_agg(DISTINCT u.country ORDER BY u.country) AS countries
       FROM group_memberships m JOIN users u ON u.id = m.user_id
      WHERE m.group_id = ANY($1::uuid[]) AND m.status = 'active' AND u.status = 'active' AND u.erased_at IS NULL
      GROUP BY m.group_id`,
    [groupIds],
  )) as Array<{ group_id: string; countries: string[] }>;
  return new Map(rows.map((row) => [row.group_id, row.countries]));
}
