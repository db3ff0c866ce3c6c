import type { GroupKind, GroupVisibility, MembershipRole, MembershipStatus, Role, AccountStatus } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../common/viewer';
import type { GroupFacts, MembershipFacts } from './groups.policy';

/*
 * What the groups module offers other modules about memberships, in SQL: the membership facts that their own
 * statements embed (so that a thread, or a message to post, and the caller's membership come in one statement)
 * and who is an active member. The groups module's own storage stays in its repositories.
 */

/**
 * The membership facts: what the group rules read of a group and of one person's membership of it. A query
 * that joins the group as `g` and the membership as `m` (`membershipJoin`) selects these columns, and
 * `membershipFactsOf` turns its row into the rules' input: the one place where a row becomes policy input.
 */
export const MEMBERSHIP_FACTS_COLUMNS = `g.id AS "groupId", g.slug AS "groupSlug", g.kind AS "groupKind",
  g.visibility AS "groupVisibility", g.archived_at AS "groupArchivedAt",
  m.role AS "membershipRole", m.status AS "membershipStatus"`;

/** Joins to the group `g` the membership of the person whose id is `userId` (a column or a parameter). */
export const membershipJoin = (userId: string) =>
  `LEFT JOIN group_memberships m ON m.group_id = g.id AND m.user_id = ${userId}`;

export interface MembershipFactsRow {
  groupId: string;
  groupSlug: string;
  groupKind: GroupKind;
  groupVisibility: GroupVisibility;
  groupArchivedAt: Date | null;
  membershipRole: MembershipRole | null;
  membershipStatus: MembershipStatus | null;
}

/** A group as the rules see it, with what names it. */
export interface GroupFactsOf extends GroupFacts {
  id: string;
  slug: string;
  kind: GroupKind;
}

export interface MembershipFactsOf {
  group: GroupFactsOf;
  membership: MembershipFacts;
}

export function membershipFactsOf(row: MembershipFactsRow): MembershipFactsOf {
  return {
    group: {
      id: row.groupId,
      slug: row.groupSlug,
      kind: row.groupKind,
      visibility: row.groupVisibility,
      archivedAt: row.groupArchivedAt,
    },
    membership:
      row.membershipRole && row.membershipStatus ? { role: row.membershipRole, status: row.membershipStatus } : null,
  };
}

/** A person with the membership facts of one group: what decides what they may do there. */
export interface PersonFacts extends MembershipFactsOf {
  viewer: NonNullable<Viewer>;
}

/**
 * The membership facts of one group for these people, in one query: the accounts as they are now (erased
 * ones left out), their membership of the group (or none), and the group.
 */
export async function membershipFacts(db: EntityManager, groupId: string, userIds: string[]): Promise<PersonFacts[]> {
  if (userIds.length === 0) return [];
  const rows = (await db.query(
    `SELECT u.id AS "userId", u.role AS "userRole", u.status AS "userStatus", ${MEMBERSHIP_FACTS_COLUMNS}
       FROM users u JOIN groups g ON g.id = $1 ${membershipJoin('u.id')}
      WHERE u.id = ANY($2::uuid[]) AND u.erased_at IS NULL`,
    [groupId, userIds],
  )) as Array<MembershipFactsRow & { userId: string; userRole: Role; userStatus: AccountStatus }>;
  return rows.map((row) => ({
    viewer: { id: row.userId, role: row.userRole, status: row.userStatus },
    ...membershipFactsOf(row),
  }));
}

/** The group's active members with active accounts, and whether they muted it. */
export function activeMembers(db: EntityManager, groupId: string): Promise<Array<{ id: string; muted: boolean }>> {
  return db.query(
    `SELECT m.user_id AS id, m.muted FROM group_memberships m JOIN users u ON u.id = m.user_id
      WHERE m.group_id = $1 AND m.status = 'active' AND u.status = 'active' AND u.erased_at IS NULL`,
    [groupId],
  ) as Promise<Array<{ id: string; muted: boolean }>>;
}

/** The groups a person is an active member of. */
export async function activeGroupIds(db: EntityManager, userId: string): Promise<string[]> {
  const rows = (await db.query(`SELECT group_id FROM group_memberships WHERE user_id = $1 AND status = 'active'`, [
    userId,
  ])) as Array<{ group_id: string }>;
  return rows.map((row) => row.group_id);
}
