import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { createGroupSchema, Group, listGroupsQuerySchema, Page, updateGroupSchema } from '@pn/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { isUniqueViolation } from '../../common/database-errors';
import { AuditService } from '../audit/audit.service';
import type { UserEntity } from '../users/user.entity';
import type { Viewer } from '../../common/viewer';
import type { GroupEntity } from './group.entity';
import { toGroup } from './groups.mapper';
import { canSeeGroup } from './groups.policy';
import {
  groupBySlug,
  groupsPage,
  groupWithMembership,
  insertGroup,
  saveGroup,
  slugExists,
  unreadByGroup,
} from './groups.repository';
import type { MembershipEntity } from './membership.entity';
import { membershipOf, membershipsAmong } from './memberships.repository';

/** A group and the caller's membership of it (null for visitors and non-members). */
export interface GroupContext {
  group: GroupEntity;
  membership: MembershipEntity | null;
}

@Injectable()
export class GroupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The group with this slug as the caller may see it, and their membership; 404 when it does not exist or
   * is not for their eyes. `lock` locks the group row (and the membership's) for the rest of the transaction.
   */
  async context(
    slug: string,
    viewer: Viewer,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<GroupContext> {
    if (!lock) {
      const found = await groupWithMembership(manager, slug, viewer?.id ?? null);
      if (!found || !canSeeGroup(found.group, viewer)) throw new NotFoundException('no group with this slug');
      return found;
    }
    // Locked: the group's row, then the membership's (a lock cannot reach the outer side of a join).
    const group = await groupBySlug(manager, slug, true);
    if (!group || !canSeeGroup(group, viewer)) throw new NotFoundException('no group with this slug');
    const membership = viewer ? await membershipOf(manager, group.id, viewer.id, true) : null;
    return { group, membership };
  }

  async list(viewer: UserEntity | undefined, query: z.output<typeof listGroupsQuerySchema>): Promise<Page<Group>> {
    const page = await groupsPage(this.dataSource.manager, viewer, query);
    return { items: await this.present(page.items, viewer), nextCursor: page.nextCursor };
  }

  async get(slug: string, viewer: UserEntity | undefined): Promise<Group> {
    const { group } = await this.context(slug, viewer ?? null);
    const [presented] = await this.present([group], viewer);
    return presented!;
  }

  async create(actor: UserEntity, body: z.output<typeof createGroupSchema>): Promise<Group> {
    try {
      const group = await this.dataSource.transaction(async (manager) => {
        if (await slugExists(manager, body.slug)) throw slugTaken();
        const created = await insertGroup(manager, { ...body, createdBy: actor.id });
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'group.create',
          targetType: 'group',
          targetId: created.id,
          details: { slug: created.slug, name: created.name, joinPolicy: created.joinPolicy },
        });
        return created;
      });
      return toGroup(group, { signedIn: true, membership: null });
    } catch (error) {
      // Two creations of the same slug at once: the second meets the unique constraint.
      if (isUniqueViolation(error)) throw slugTaken();
      throw error;
    }
  }

  /** Changes a group's details; `archived` archives or restores it. Each kind of change has its audit entry. */
  async update(actor: UserEntity, slug: string, body: z.output<typeof updateGroupSchema>): Promise<Group> {
    await this.dataSource.transaction(async (manager) => {
      const { group } = await this.context(slug, actor, manager, true);
      const { archived, ...details } = body;
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(details) as Array<[keyof typeof details, string | undefined]>) {
        if (value === undefined || group[field] === value) continue;
        before[field] = group[field];
        after[field] = value;
        Object.assign(group, { [field]: value });
      }
      const archiving = archived === true && !group.archivedAt;
      const restoring = archived === false && !!group.archivedAt;
      if (archiving) group.archivedAt = new Date();
      if (restoring) group.archivedAt = null;
      if (Object.keys(after).length === 0 && !archiving && !restoring) return;
      await saveGroup(manager, group);
      const entry = { actorId: actor.id, targetType: 'group', targetId: group.id } as const;
      if (Object.keys(after).length > 0) {
        await this.audit.record(manager, { ...entry, action: 'group.update', details: { slug, before, after } });
      }
      if (archiving) await this.audit.record(manager, { ...entry, action: 'group.archive', details: { slug } });
      if (restoring) await this.audit.record(manager, { ...entry, action: 'group.restore', details: { slug } });
    });
    return this.get(slug, actor);
  }

  /**
   * Adds the caller's view to groups: their membership when signed in, and for the groups where they are
   * an active member, the unread messages of the threads they did not mute.
   */
  private async present(groups: GroupEntity[], viewer: UserEntity | undefined): Promise<Group[]> {
    if (!viewer) return groups.map((group) => toGroup(group, { signedIn: false }));
    const ids = groups.map((group) => group.id);
    const memberships = await membershipsAmong(this.dataSource.manager, viewer.id, ids);
    const byGroup = new Map(memberships.map((membership) => [membership.groupId, membership]));
    const activeIds = memberships.filter((m) => m.status === 'active').map((m) => m.groupId);
    const unread = await unreadByGroup(this.dataSource.manager, viewer.id, activeIds);
    return groups.map((group) =>
      toGroup(group, { signedIn: true, membership: byGroup.get(group.id) ?? null, unreadCount: unread.get(group.id) }),
    );
  }
}

const slugTaken = () => new ConflictException('slug: a group with this slug exists already');
