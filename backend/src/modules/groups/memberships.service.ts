import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  addMemberSchema,
  GroupMember,
  joinGroupSchema,
  listMembersQuerySchema,
  MembershipRole,
  MyMembership,
  Page,
} from '@pn/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AfterCommit } from '../../common/after-commit';
import { keysetPage } from '../../common/keyset';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { RealtimeService } from '../realtime/realtime.service';
import { UserEntity } from '../users/user.entity';
import type { GroupEntity } from './group.entity';
import { toGroupMember, toMyMembership } from './groups.mapper';
import { canCoordinate, canSeeMembers, isActiveMember, joinOutcome } from './groups.policy';
import { GroupsService, type GroupContext } from './groups.service';
import { MembershipEntity } from './membership.entity';

type MemberWithUser = MembershipEntity & { user: UserEntity };

@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly groups: GroupsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
  ) {}

  /** Joins an open group at once, or asks to join a group by approval (its coordinators are notified). */
  async join(actor: UserEntity, slug: string, body: z.output<typeof joinGroupSchema>): Promise<MyMembership> {
    const after = new AfterCommit();
    const membership = await this.dataSource.transaction(async (manager) => {
      const { group, membership: existing } = await this.groups.context(slug, actor, manager);
      const outcome = joinOutcome(group, existing, actor);
      if (typeof outcome === 'object') {
        throw outcome.status === 403 ? new ForbiddenException(outcome.refused) : new ConflictException(outcome.refused);
      }
      const status = outcome === 'joined' ? 'active' : 'pending';
      const inserted = (await manager.query(
        `INSERT INTO group_memberships (group_id, user_id, role, status, request_message)
         VALUES ($1, $2, 'member', $3, $4) ON CONFLICT DO NOTHING RETURNING user_id`,
        [group.id, actor.id, status, status === 'pending' ? body.message || null : null],
      )) as unknown[];
      // The same person joining twice at once: the second finds the first's row.
      if (inserted.length === 0) throw new ConflictException('you are already a member or have asked to join');
      if (status === 'active') {
        await this.countMembers(manager, group.id, +1);
        after.add(() => this.realtime.joinGroup(actor.id, group.id));
      } else {
        await this.notifications.notify(manager, after, {
          kind: 'join-request',
          recipientIds: await this.coordinatorsOf(manager, group.id),
          actorId: actor.id,
          groupId: group.id,
        });
      }
      return manager.findOneByOrFail(MembershipEntity, { groupId: group.id, userId: actor.id });
    });
    await after.run();
    return toMyMembership(membership);
  }

  /** Leaves a group, or withdraws a request to join it. */
  async leave(actor: UserEntity, slug: string): Promise<void> {
    const after = new AfterCommit();
    await this.dataSource.transaction(async (manager) => {
      const { group, membership } = await this.groups.context(slug, actor, manager, true);
      if (!membership) throw new ConflictException('you are not a member of this group');
      await this.end(manager, after, group, membership);
    });
    await after.run();
  }

  async mute(actor: UserEntity, slug: string, muted: boolean): Promise<MyMembership> {
    const { group, membership } = await this.groups.context(slug, actor);
    if (!membership || !isActiveMember(membership, actor)) {
      throw new ForbiddenException("only the group's active members can mute it");
    }
    // One statement: the membership may have ended meanwhile, and then nothing is muted.
    const [rows] = (await this.dataSource.query(
      `UPDATE group_memberships SET muted = $3 WHERE group_id = $1 AND user_id = $2 AND status = 'active'
       RETURNING user_id`,
      [group.id, actor.id, muted],
    )) as [unknown[], number];
    if (rows.length === 0) throw new ForbiddenException("only the group's active members can mute it");
    return toMyMembership(Object.assign(membership, { muted }));
  }

  /** The member directory, by name; requests to join (`status=pending`) for those who decide on them. */
  async list(
    viewer: UserEntity,
    slug: string,
    query: z.output<typeof listMembersQuerySchema>,
  ): Promise<Page<GroupMember>> {
    const { group, membership } = await this.groups.context(slug, viewer);
    if (!canSeeMembers(membership, viewer)) {
      throw new ForbiddenException("only the group's members can see who is in it");
    }
    const coordinates = canCoordinate(membership, viewer);
    const status = query.status ?? 'active';
    if (status === 'pending' && !coordinates) {
      throw new ForbiddenException("only the group's coordinators can see requests to join");
    }
    const builder = this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.user', 'u')
      .where('m.group_id = :groupId AND m.status = :status', { groupId: group.id, status });
    if (query.profession) builder.andWhere('u.profession = :profession', { profession: query.profession });
    if (query.country) builder.andWhere('u.country = :country', { country: query.country });
    const page = await keysetPage(
      builder,
      [
        { sql: 'u.display_name', order: 'ASC', type: 'text', value: (m) => m.user!.displayName },
        { sql: 'm.user_id', order: 'ASC', type: 'uuid', value: (m) => m.userId },
      ],
      query,
    );
    return {
      items: page.items.map((item) => toGroupMember(item as MemberWithUser, coordinates)),
      nextCursor: page.nextCursor,
    };
  }

  /** Adds an active account directly (how invite-only groups grow); the person is notified. */
  async add(actor: UserEntity, slug: string, body: z.output<typeof addMemberSchema>): Promise<GroupMember> {
    const after = new AfterCommit();
    const member = await this.dataSource.transaction(async (manager) => {
      const { group } = await this.coordinated(manager, slug, actor);
      if (group.archivedAt) throw new ConflictException('this group is archived');
      const user = await manager.findOneBy(UserEntity, { id: body.userId });
      if (!user || user.status !== 'active' || user.erasedAt)
        throw new NotFoundException('no active account with this id');
      await this.addWithin(manager, after, actor.id, group, user, body.role);
      return this.member(manager, group.id, user.id);
    });
    await after.run();
    return toGroupMember(member, true);
  }

  /**
   * Adds an active account to a group within the caller's transaction (a coordinator's add, an accepted
   * invitation): audited, and the person is notified.
   */
  async addWithin(
    manager: EntityManager,
    after: AfterCommit,
    actorId: string,
    group: GroupEntity,
    user: UserEntity,
    role: MembershipRole,
  ): Promise<void> {
    if (group.archivedAt) throw new ConflictException('this group is archived');
    const existing = await manager.findOneBy(MembershipEntity, { groupId: group.id, userId: user.id });
    if (existing?.status === 'active') throw new ConflictException('this person is already a member');
    if (existing) throw new ConflictException('this person has asked to join: approve the request instead');
    const inserted = (await manager.query(
      `INSERT INTO group_memberships (group_id, user_id, role, status, decided_at, decided_by)
       VALUES ($1, $2, $3, 'active', now(), $4) ON CONFLICT DO NOTHING RETURNING user_id`,
      [group.id, user.id, role, actorId],
    )) as unknown[];
    if (inserted.length === 0) throw new ConflictException('this person is already a member');
    await this.countMembers(manager, group.id, +1);
    await this.audit.record(manager, {
      actorId,
      action: 'group.member-add',
      targetType: 'group',
      targetId: group.id,
      details: { slug: group.slug, userId: user.id, role },
    });
    await this.notifications.notify(manager, after, {
      kind: 'added-to-group',
      recipientIds: [user.id],
      actorId,
      groupId: group.id,
    });
    after.add(() => this.realtime.joinGroup(user.id, group.id));
  }

  async approve(actor: UserEntity, slug: string, userId: string): Promise<GroupMember> {
    const after = new AfterCommit();
    const member = await this.dataSource.transaction(async (manager) => {
      const { group } = await this.coordinated(manager, slug, actor);
      const request = await this.targetMembership(manager, group.id, userId);
      if (request.status === 'active') throw new ConflictException('this person is already a member');
      if (group.archivedAt) throw new ConflictException('this group is archived');
      request.status = 'active';
      request.decidedAt = new Date();
      request.decidedBy = actor.id;
      await manager.save(request);
      await this.countMembers(manager, group.id, +1);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'group.member-approve',
        targetType: 'group',
        targetId: group.id,
        details: { slug, userId, requestMessage: request.requestMessage },
      });
      await this.notifications.notify(manager, after, {
        kind: 'join-decision',
        recipientIds: [userId],
        actorId: actor.id,
        groupId: group.id,
        data: { approved: true },
      });
      after.add(() => this.realtime.joinGroup(userId, group.id));
      return this.member(manager, group.id, userId);
    });
    await after.run();
    return toGroupMember(member, true);
  }

  async setRole(actor: UserEntity, slug: string, userId: string, role: MembershipRole): Promise<GroupMember> {
    return this.dataSource.transaction(async (manager) => {
      const { group } = await this.coordinated(manager, slug, actor);
      const membership = await this.targetMembership(manager, group.id, userId);
      if (membership.status !== 'active') {
        throw new ConflictException('this person has asked to join: approve the request first');
      }
      if (membership.role !== role) {
        const before = membership.role;
        membership.role = role;
        await manager.save(membership);
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'group.member-role',
          targetType: 'group',
          targetId: group.id,
          details: { slug, userId, before, after: role },
        });
      }
      return toGroupMember(await this.member(manager, group.id, userId), true);
    });
  }

  /** Removes a member, or declines a request to join (the applicant is told; their words stay in the audit log). */
  async remove(actor: UserEntity, slug: string, userId: string, reason: string | undefined): Promise<void> {
    const after = new AfterCommit();
    await this.dataSource.transaction(async (manager) => {
      const { group } = await this.coordinated(manager, slug, actor);
      const membership = await this.targetMembership(manager, group.id, userId);
      await this.end(manager, after, group, membership);
      const declined = membership.status === 'pending';
      await this.audit.record(manager, {
        actorId: actor.id,
        action: declined ? 'group.member-decline' : 'group.member-remove',
        targetType: 'group',
        targetId: group.id,
        details: declined
          ? { slug, userId, requestMessage: membership.requestMessage, reason: reason ?? null }
          : { slug, userId, role: membership.role, reason: reason ?? null },
      });
      if (declined) {
        await this.notifications.notify(manager, after, {
          kind: 'join-decision',
          recipientIds: [userId],
          actorId: actor.id,
          groupId: group.id,
          data: { approved: false },
        });
      }
    });
    await after.run();
  }

  /** Ends a membership (or withdraws a request); an active member's sockets leave the group's rooms. */
  private async end(manager: EntityManager, after: AfterCommit, group: GroupEntity, membership: MembershipEntity) {
    await manager.delete(MembershipEntity, { groupId: group.id, userId: membership.userId });
    if (membership.status === 'active') {
      await this.countMembers(manager, group.id, -1);
      after.add(() => this.realtime.leaveGroup(membership.userId, group.id));
    }
  }

  /** The group, if the caller may coordinate it (403 otherwise); the group row is locked. */
  private async coordinated(manager: EntityManager, slug: string, actor: UserEntity): Promise<GroupContext> {
    const context = await this.groups.context(slug, actor, manager, true);
    if (!canCoordinate(context.membership, actor)) {
      throw new ForbiddenException("only the group's coordinators can do this");
    }
    return context;
  }

  private async targetMembership(manager: EntityManager, groupId: string, userId: string): Promise<MembershipEntity> {
    const membership = await manager.findOne(MembershipEntity, {
      where: { groupId, userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!membership) throw new NotFoundException('this person is not a member of the group and has not asked to join');
    return membership;
  }

  private async member(manager: EntityManager, groupId: string, userId: string): Promise<MemberWithUser> {
    return (await manager.findOneOrFail(MembershipEntity, {
      where: { groupId, userId },
      relations: { user: true },
    })) as MemberWithUser;
  }

  private async countMembers(manager: EntityManager, groupId: string, change: 1 | -1): Promise<void> {
    await manager.query(`UPDATE groups SET member_count = member_count + $2 WHERE id = $1`, [groupId, change]);
  }

  /**
   * Who decides on requests to join: the group's active coordinators, or, while it has none, the network's
   * coordinators (so that a request never waits unseen).
   */
  private async coordinatorsOf(manager: EntityManager, groupId: string): Promise<string[]> {
    const groupCoordinators = (await manager.query(
      `SELECT m.user_id AS id FROM group_memberships m JOIN users u ON u.id = m.user_id
        WHERE m.group_id = $1 AND m.role = 'coordinator' AND m.status = 'active'
          AND u.status = 'active' AND u.erased_at IS NULL`,
      [groupId],
    )) as Array<{ id: string }>;
    if (groupCoordinators.length > 0) return groupCoordinators.map((row) => row.id);
    const network = (await manager.query(
      `SELECT id FROM users WHERE role = 'coordinator' AND status = 'active' AND erased_at IS NULL`,
    )) as Array<{ id: string }>;
    return network.map((row) => row.id);
  }
}
