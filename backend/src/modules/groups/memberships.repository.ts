import type { listMembersQuerySchema, MembershipRole, MembershipStatus, Page } from '@pn/shared';
import { In, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { keysetPage } from '../../common/keyset';
import { UserEntity } from '../users/user.entity';
import { MembershipEntity } from './membership.entity';

export type MemberWithUser = MembershipEntity & { user: UserEntity };

/** A person's membership of a group, or null; `lock` locks its row for the rest of the transaction. */
export function membershipOf(
  db: EntityManager,
  groupId: string,
  userId: string,
  lock = false,
): Promise<MembershipEntity | null> {
  return db.findOne(MembershipEntity, {
    where: { groupId, userId },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
}

/** A person's memberships among these groups. */
export function membershipsAmong(db: EntityManager, userId: string, groupIds: string[]): Promise<MembershipEntity[]> {
  return groupIds.length
    ? db.getRepository(MembershipEntity).findBy({ userId, groupId: In(groupIds) })
    : Promise.resolve([]);
}

/** The membership with its person's account. */
export async function memberWithUser(db: EntityManager, groupId: string, userId: string): Promise<MemberWithUser> {
  return (await db.findOneOrFail(MembershipEntity, {
    where: { groupId, userId },
    relations: { user: true },
  })) as MemberWithUser;
}

/** A new membership or request; false when the person has one already (the same join twice at once). */
export async function insertMembership(
  db: EntityManager,
  membership: {
    groupId: string;
    userId: string;
    role: MembershipRole;
    status: MembershipStatus;
    requestMessage?: string | null;
    decidedBy?: string;
  },
): Promise<boolean> {
  const decided = membership.decidedBy !== undefined;
  const inserted = (await db.query(
    `INSERT INTO group_memberships (group_id, user_id, role, status, request_message, decided_at, decided_by)
     VALUES ($1, $2, $3, $4, $5, ${decided ? 'now()' : 'NULL'}, $6) ON CONFLICT DO NOTHING RETURNING user_id`,
    [
      membership.groupId,
      membership.userId,
      membership.role,
      membership.status,
      membership.requestMessage ?? null,
      membership.decidedBy ?? null,
    ],
  )) as unknown[];
  return inserted.length > 0;
}

export async function saveMembership(db: EntityManager, membership: MembershipEntity): Promise<void> {
  await db.save(membership);
}

export async function deleteMembership(db: EntityManager, groupId: string, userId: string): Promise<void> {
  await db.delete(MembershipEntity, { groupId, userId });
}

/** Mutes or unmutes an active membership in one statement; false when it is not (or no longer) active. */
export async function setGroupMuted(db: EntityManager, groupId: string, userId: string, muted: boolean) {
  const [rows] = (await db.query(
    `UPDATE group_memberships SET muted = $3 WHERE group_id = $1 AND user_id = $2 AND status = 'active'
     RETURNING user_id`,
    [groupId, userId, muted],
  )) as [unknown[], number];
  return rows.length > 0;
}

/** A page of a group's members (or requests) with their accounts, by name. */
export function membersPage(
  db: EntityManager,
  groupId: string,
  status: MembershipStatus,
  query: z.output<typeof listMembersQuerySchema>,
): Promise<Page<MembershipEntity>> {
  const builder = db
    .getRepository(MembershipEntity)
    .createQueryBuilder('m')
    .innerJoinAndSelect('m.user', 'u')
    .where('m.group_id = :groupId AND m.status = :status', { groupId, status });
  if (query.profession) builder.andWhere('u.profession = :profession', { profession: query.profession });
  if (query.country) builder.andWhere('u.country = :country', { country: query.country });
  return keysetPage(
    builder,
    [
      { sql: 'u.display_name', order: 'ASC', type: 'text', value: (m) => m.user!.displayName },
      { sql: 'm.user_id', order: 'ASC', type: 'uuid', value: (m) => m.userId },
    ],
    query,
  );
}

/** The group's active coordinators with active accounts. */
export async function groupCoordinatorIds(db: EntityManager, groupId: string): Promise<string[]> {
  const rows = (await db.query(
    `SELECT m.user_id AS id FROM group_memberships m JOIN users u ON u.id = m.user_id
      WHERE m.group_id = $1 AND m.role = 'coordinator' AND m.status = 'active'
        AND u.status = 'active' AND u.erased_at IS NULL`,
    [groupId],
  )) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}

/** The network's coordinators with active accounts. */
export async function networkCoordinatorIds(db: EntityManager): Promise<string[]> {
  const rows = (await db.query(
    `SELECT id FROM users WHERE role = 'coordinator' AND status = 'active' AND erased_at IS NULL`,
  )) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}

/** An account to add to a group, or null. */
export function accountById(db: EntityManager, id: string): Promise<UserEntity | null> {
  return db.findOneBy(UserEntity, { id });
}

/** A person's memberships, oldest first, with their groups: for their data export. */
export function membershipsOfPerson(db: EntityManager, userId: string): Promise<MembershipEntity[]> {
  return db.find(MembershipEntity, { where: { userId }, relations: { group: true }, order: { createdAt: 'ASC' } });
}

/** Removes a person's memberships, taking them off the counts of the groups they were active in. */
export async function removeMembershipsOfPerson(db: EntityManager, userId: string): Promise<void> {
  await db.query(
    `UPDATE groups g SET member_count = member_count - 1 FROM group_memberships m
      WHERE m.group_id = g.id AND m.user_id = $1 AND m.status = 'active'`,
    [userId],
  );
  await db.delete(MembershipEntity, { userId });
}
