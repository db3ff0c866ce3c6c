import type { listInvitationsQuerySchema, Page } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { newestFirstPage } from '../../common/cursor';
import { GroupEntity } from '../groups/group.entity';
import { UserEntity } from '../users/user.entity';
import { InvitationEntity } from './invitation.entity';

/** The invitations' reads and writes; the service decides and passes its transaction's manager. */
export const invitationsRepository = {
  /** A page, newest first, with groups and inviters: of these groups only, when `groupIds` is given. */
  page(
    manager: EntityManager,
    query: z.output<typeof listInvitationsQuerySchema>,
    groupIds?: string[],
  ): Promise<Page<InvitationEntity>> {
    const builder = manager
      .getRepository(InvitationEntity)
      .createQueryBuilder('i')
      .leftJoinAndSelect('i.group', 'g')
      .leftJoinAndSelect('i.inviter', 'inviter');
    if (groupIds) builder.andWhere('i.group_id IN (:...groupIds)', { groupIds });
    if (query.groupSlug) builder.andWhere('g.slug = :slug', { slug: query.groupSlug });
    return newestFirstPage(builder, 'i', query);
  },

  /** One invitation with its group and inviter, as it is shown. */
  shown(manager: EntityManager, id: string): Promise<InvitationEntity | null> {
    return manager.findOne(InvitationEntity, { where: { id }, relations: { group: true, inviter: true } });
  },

  shownOrFail(manager: EntityManager, id: string): Promise<InvitationEntity> {
    return manager.findOneOrFail(InvitationEntity, { where: { id }, relations: { group: true, inviter: true } });
  },

  byTokenHash(manager: EntityManager, tokenHash: string): Promise<InvitationEntity | null> {
    return manager.findOne(InvitationEntity, { where: { tokenHash }, relations: { group: true, inviter: true } });
  },

  /** The invitation, locked until the transaction ends: by id, or by its link's token hash. */
  lock(manager: EntityManager, where: { id: string } | { tokenHash: string }): Promise<InvitationEntity | null> {
    return manager.findOne(InvitationEntity, { where, lock: { mode: 'pessimistic_write' } });
  },

  /** Whether the address has a pending invitation to the network, or to this group. */
  async pendingFor(manager: EntityManager, email: string, groupId: string | null): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM invitations WHERE email = $1 AND group_id IS NOT DISTINCT FROM $2
          AND accepted_at IS NULL AND withdrawn_at IS NULL AND expires_at > now() LIMIT 1`,
      [email, groupId],
    )) as unknown[];
    return rows.length > 0;
  },

  /** A new id, before the row: the link's token is derived from it. */
  async newId(manager: EntityManager): Promise<string> {
    const [{ id }] = (await manager.query(`SELECT gen_random_uuid() AS id`)) as [{ id: string }];
    return id;
  },

  async insert(manager: EntityManager, fields: Partial<InvitationEntity>): Promise<void> {
    const repository = manager.getRepository(InvitationEntity);
    await repository.save(repository.create(fields));
  },

  async update(manager: EntityManager, id: string, changes: Partial<InvitationEntity>): Promise<void> {
    await manager.update(InvitationEntity, id, changes);
  },

  accountByEmail(manager: EntityManager, email: string): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { email });
  },

  group(manager: EntityManager, id: string): Promise<GroupEntity | null> {
    return manager.findOneBy(GroupEntity, { id });
  },

  /** The group, its row locked against changes of its key until the transaction ends. */
  groupBySlug(manager: EntityManager, slug: string): Promise<GroupEntity | null> {
    return manager.findOne(GroupEntity, { where: { slug }, lock: { mode: 'for_no_key_update' } });
  },

  /** Whether the person is an active coordinator of the group. */
  async coordinates(manager: EntityManager, userId: string, groupId: string): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM group_memberships WHERE user_id = $1 AND group_id = $2 AND role = 'coordinator' AND status = 'active'`,
      [userId, groupId],
    )) as unknown[];
    return rows.length > 0;
  },

  /** The groups the person actively coordinates. */
  async coordinatedGroupIds(manager: EntityManager, userId: string): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT group_id FROM group_memberships WHERE user_id = $1 AND role = 'coordinator' AND status = 'active'`,
      [userId],
    )) as Array<{ group_id: string }>;
    return rows.map((row) => row.group_id);
  },
};
