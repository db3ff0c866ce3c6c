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
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { RealtimeService } from '../realtime/realtime.service';
import type { UserEntity } from '../users/user.entity';
import type { GroupEntity } from './group.entity';
import { toGroupMember, toMyMembership } from './groups.mapper';
import { canCoordinate, canSeeMembers, isActiveMember, joinOutcome } from './groups.policy';
import { countMembers } from './groups.repository';
import { GroupsService, type GroupContext } from './groups.service';
import type { MembershipEntity } from './membership.entity';
import {
  accountById,
  deleteMembership,
  groupCoordinatorIds,
  insertMembership,
  memberWithUser,
  membersPage,
  membershipOf,
  networkCoordinatorIds,
  saveMembership,
  setGroupMuted,
  type MemberWithUser,
} from './memberships.repository';

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
      const inserted = await insertMembership(manager, {
        groupId: group.id,
        userId: actor.id,
        role: 'member',
        status,
        requestMessage: status === 'pending' ? body.message || null : null,
      });
      // The same person joining twice at once: the second finds the first's row.
      if (!inserted) throw new ConflictException('you are already a member or have asked to join');
      if (status === 'active') {
        await countMembers(manager, group.id, +1);
        after.add(() => this.realtime.joinGroup(actor.id, group.id));
      } else {
        await this.notifications.notify(manager, after, {
          kind: 'join-request',
          recipientIds: await this.coordinatorsOf(manager, group.id),
          actorId: actor.id,
          groupId: group.id,
        });
      }
      return (await membershipOf(manager, group.id, actor.id))!;
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
    if (!(await setGroupMuted(this.dataSource.manager, group.id, actor.id, muted)))
      throw new ForbiddenException("only the group's active members can mute it");
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
    const page = await membersPage(this.dataSource.manager, group.id, status, query);
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
      const user = await accountById(manager, body.userId);
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
    const existing = await membershipOf(manager, group.id, user.id);
    if (existing?.status === 'active') throw new ConflictException('this person is already a member');
    if (existing) throw new ConflictException('this person has asked to join: approve the request instead');
    const inserted = await insertMembership(manager, {
      groupId: group.id,
      userId: user.id,
      role,
      status: 'active',
      decidedBy: actorId,
    });
    if (!inserted) throw new ConflictException('this person is already a member');
    await countMembers(manager, group.id, +1);
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
      await saveMembership(manager, request);
      await countMembers(manager, group.id, +1);
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
        await saveMembership(manager, membership);
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
    await deleteMembership(manager, group.id, membership.userId);
    if (membership.status === 'active') {
      await countMembers(manager, group.id, -1);
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
    const membership = await membershipOf(manager, groupId, userId, true);
    if (!membership) throw new NotFoundException('this person is not a member of the group and has not asked to join');
    return membership;
  }

  private member(manager: EntityManager, groupId: string, userId: string): Promise<MemberWithUser> {
    return memberWithUser(manager, groupId, userId);
  }

  /**
   * Who decides on requests to join and on flags: the group's active coordinators, or, while it has none, the
   * network's coordinators (so that nothing waits unseen).
   */
  async coordinatorsOf(manager: EntityManager, groupId: string): Promise<string[]> {
    const groupCoordinators = await groupCoordinatorIds(manager, groupId);
    return groupCoordinators.length > 0 ? groupCoordinators : networkCoordinatorIds(manager);
  }
}
