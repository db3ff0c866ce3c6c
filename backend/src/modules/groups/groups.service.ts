import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  createGroupSchema,
  Group,
  GroupTextRequest as GroupTextInput,
  listGroupsQuerySchema,
  Page,
  UiLanguage,
  updateGroupSchema,
} from '@pn/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { isUniqueViolation } from '../../common/database-errors';
import { AuditService } from '../audit/audit.service';
import type { UserEntity } from '../users/user.entity';
import type { Viewer } from '../../common/viewer';
import type { GroupEntity } from './group.entity';
import { toGroup } from './groups.mapper';
import { canChangeGroup, canSeeGroup } from './groups.policy';
import {
  countMembers,
  countriesByGroup,
  groupBySlug,
  groupsPage,
  groupWithMembership,
  insertGroup,
  saveGroup,
  setText,
  slugExists,
  textsOf,
  unreadByGroup,
} from './groups.repository';
import type { MembershipEntity } from './membership.entity';
import { insertMembership, membershipOf, membershipsAmong } from './memberships.repository';

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

  /** The directory: texts in the reader's language where the group has them. */
  async list(
    viewer: UserEntity | undefined,
    query: z.output<typeof listGroupsQuerySchema>,
    reader: UiLanguage | null = null,
  ): Promise<Page<Group>> {
    const page = await groupsPage(this.dataSource.manager, viewer, query);
    return { items: await this.present(page.items, viewer, reader), nextCursor: page.nextCursor };
  }

  /** One group, with every language's text. */
  async get(slug: string, viewer: UserEntity | undefined, reader: UiLanguage | null = null): Promise<Group> {
    const { group } = await this.context(slug, viewer ?? null);
    const [presented] = await this.present([group], viewer, reader, true);
    return presented!;
  }

  /** Creates a group whose first group coordinator is its creator. */
  async create(
    actor: UserEntity,
    body: z.output<typeof createGroupSchema>,
    reader: UiLanguage | null = null,
  ): Promise<Group> {
    try {
      await this.dataSource.transaction(async (manager) => {
        if (await slugExists(manager, body.slug)) throw slugTaken();
        const created = await insertGroup(manager, { ...body, createdBy: actor.id });
        await insertMembership(manager, {
          groupId: created.id,
          userId: actor.id,
          role: 'coordinator',
          status: 'active',
          decidedBy: actor.id,
        });
        await countMembers(manager, created.id, +1);
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'group.create',
          targetType: 'group',
          targetId: created.id,
          details: {
            slug: created.slug,
            name: created.name,
            language: created.language,
            joinPolicy: created.joinPolicy,
          },
        });
      });
      return await this.get(body.slug, actor, reader);
    } catch (error) {
      // Two creations of the same slug at once: the second meets the unique constraint.
      if (isUniqueViolation(error)) throw slugTaken();
      throw error;
    }
  }

  /**
   * Changes a group's texts (its original `name` and `description`, and `texts` in other languages) and
   * rules (join policy, visibility; `archived` archives or restores it). Each kind of change has its audit
   * entry; the group's own coordinators may change its texts only.
   */
  async update(
    actor: UserEntity,
    slug: string,
    body: z.output<typeof updateGroupSchema>,
    reader: UiLanguage | null = null,
  ): Promise<Group> {
    await this.dataSource.transaction(async (manager) => {
      const { group, membership } = await this.context(slug, actor, manager, true);
      const { archived, texts, ...details } = body;
      const changesRules =
        archived !== undefined || details.joinPolicy !== undefined || details.visibility !== undefined;
      if (!canChangeGroup(changesRules ? 'rules' : 'texts', membership, actor)) {
        throw new ForbiddenException(
          changesRules
            ? 'only network coordinators and admins can change who may join and read a group, or archive it'
            : "only the group's coordinators can change its name and description",
        );
      }
      if (texts?.[group.language] !== undefined) {
        throw new BadRequestException([
          `texts.${group.language}: the group is written in this language: change its name and description instead`,
        ]);
      }
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(details) as Array<[keyof typeof details, string | undefined]>) {
        if (value === undefined || group[field] === value) continue;
        before[field] = group[field];
        after[field] = value;
        Object.assign(group, { [field]: value });
      }
      const translations = new Map((await textsOf(manager, [group.id])).map((text) => [text.language, text]));
      for (const [language, text] of Object.entries(texts ?? {}) as Array<
        [UiLanguage, GroupTextInput | null | undefined]
      >) {
        if (text === undefined) continue;
        const current = translations.get(language);
        const was = current ? { name: current.name, description: current.description } : null;
        if (JSON.stringify(was) === JSON.stringify(text)) continue;
        await setText(manager, group.id, language, text);
        before[`texts.${language}`] = was;
        after[`texts.${language}`] = text;
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
    return this.get(slug, actor, reader);
  }

  /**
   * Adds the caller's view to groups: their membership when signed in, and for the groups where they are
   * an active member, the unread messages of the threads they did not mute.
   */
  private async present(
    groups: GroupEntity[],
    viewer: UserEntity | undefined,
    reader: UiLanguage | null,
    allTexts = false,
  ): Promise<Group[]> {
    const db = this.dataSource.manager;
    const ids = groups.map((group) => group.id);
    const [translations, countries] = await Promise.all([textsOf(db, ids), countriesByGroup(db, ids)]);
    const memberships = viewer ? await membershipsAmong(db, viewer.id, ids) : [];
    const byGroup = new Map(memberships.map((membership) => [membership.groupId, membership]));
    const activeIds = memberships.filter((m) => m.status === 'active').map((m) => m.groupId);
    const unread = viewer ? await unreadByGroup(db, viewer.id, activeIds) : new Map<string, number>();
    return groups.map((group) =>
      toGroup(group, {
        viewer: viewer ?? null,
        membership: byGroup.get(group.id) ?? null,
        unreadCount: unread.get(group.id),
        reader,
        translations: translations.filter((text) => text.groupId === group.id),
        allTexts,
        countries: countries.get(group.id) ?? [],
      }),
    );
  }
}

const slugTaken = () => new ConflictException('slug: a group with this slug exists already');
