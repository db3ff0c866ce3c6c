import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  createAdaptationSchema,
  createResourceSchema,
  type listResourcesQuerySchema,
  type Page,
  type Resource,
  type updateResourceSchema,
} from '@pn/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { keysetPage, type SortKey } from '../../common/keyset';
import { containsPattern } from '../../common/like';
import { AuditService } from '../audit/audit.service';
import type { GroupEntity } from '../groups/group.entity';
import type { Viewer } from '../../common/viewer';
import { GroupsService } from '../groups/groups.service';
import { MembershipEntity } from '../groups/membership.entity';
import type { UserEntity } from '../users/user.entity';
import { parseForm } from './parse-form';
import { ResourceFilesService, type AcceptedFile } from './resource-files.service';
import { visibleSql } from './resource-visibility';
import { ResourceEntity } from './resource.entity';
import { toResource } from './resources.mapper';
import { canEditResource, canRemoveResource, removalIsModeration, shareRefusal } from './resources.policy';
import type { UploadForm } from './uploads/upload-form';

type NewResource = z.output<typeof createResourceSchema> & { note?: string };

const notFound = () => new NotFoundException('no resource with this id');

@Injectable()
export class ResourcesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly groups: GroupsService,
    private readonly files: ResourceFilesService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The resource if the caller may see it and it is not removed, with its author and group; 404 otherwise,
   * so that its existence is not given away. `lock` locks its row for the rest of the transaction.
   */
  async context(
    id: string,
    viewer: Viewer,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<ResourceEntity> {
    const visible = visibleSql('r', viewer);
    const builder = manager
      .getRepository(ResourceEntity)
      .createQueryBuilder('r')
      .where('r.id = :id', { id })
      .andWhere('r.removed_at IS NULL')
      .andWhere(visible.sql, visible.params);
    if (lock) builder.setLock('pessimistic_write');
    const resource = await builder.getOne();
    if (!resource) throw notFound();
    const loaded = await manager.getRepository(ResourceEntity).findOne({
      where: { id: resource.id },
      relations: { author: true, group: true },
    });
    return loaded!;
  }

  async list(
    viewer: UserEntity | undefined,
    query: z.output<typeof listResourcesQuerySchema>,
  ): Promise<Page<Resource>> {
    const visible = visibleSql('r', viewer ?? null);
    const builder = this.dataSource
      .getRepository(ResourceEntity)
      .createQueryBuilder('r')
      .leftJoinAndSelect('r.author', 'a')
      .leftJoinAndSelect('r.group', 'g')
      .where('r.removed_at IS NULL')
      .andWhere(visible.sql, visible.params);
    if (query.q) {
      builder.andWhere(
        `(r.title ILIKE :pattern OR r.summary ILIKE :pattern OR array_to_string(r.tags, ' ') ILIKE :pattern)`,
        { pattern: containsPattern(query.q) },
      );
    }
    for (const field of ['type', 'language', 'country', 'audience'] as const) {
      const value = query[field];
      if (value !== undefined) builder.andWhere(`r.${field} = :${field}`, { [field]: value });
    }
    if (query.group) builder.andWhere('g.slug = :group', { group: query.group });
    if (query.mine) builder.andWhere('r.author_id = :mine', { mine: viewer?.id ?? null });
    const newest: Array<SortKey<ResourceEntity>> = [
      // Milliseconds only (see the MillisecondListKeys migration): the indexes order the list.
      { sql: 'r.created_at', order: 'DESC', type: 'time', value: (r) => r.createdAt.toISOString() },
      { sql: 'r.id', order: 'DESC', type: 'uuid', value: (r) => r.id },
    ];
    const keys: Array<SortKey<ResourceEntity>> =
      query.sort === 'most-adapted'
        ? [{ sql: 'r.adaptation_count', order: 'DESC', type: 'int', value: (r) => r.adaptationCount }, ...newest]
        : newest;
    const page = await keysetPage(builder, keys, query);
    return { items: await this.present(page.items, viewer ?? null), nextCursor: page.nextCursor };
  }

  async get(viewer: UserEntity | undefined, id: string): Promise<Resource> {
    const resource = await this.context(id, viewer ?? null);
    const [presented] = await this.present([resource], viewer ?? null);
    return presented!;
  }

  /** Shares a file (multipart) or a link (JSON, or a multipart form without a file). */
  async create(actor: UserEntity, form: UploadForm): Promise<Resource> {
    const body = parseForm(createResourceSchema, form.fields);
    return this.insert(actor, body, form, null);
  }

  /** "Adapt this": a new resource linked to a source the caller can see, with what changed. */
  async adapt(actor: UserEntity, sourceId: string, form: UploadForm): Promise<Resource> {
    const body = parseForm(createAdaptationSchema, form.fields);
    await this.context(sourceId, actor);
    return this.insert(actor, body, form, sourceId);
  }

  async update(actor: UserEntity, id: string, body: z.output<typeof updateResourceSchema>): Promise<Resource> {
    await this.dataSource.transaction(async (manager) => {
      const resource = await this.context(id, actor, manager, true);
      if (!canEditResource(resource, actor)) throw new ForbiddenException('only the author can edit a resource');
      const { groupSlug, scope, url, note, ...details } = body;
      if (url !== undefined && resource.url === null) {
        throw new BadRequestException(['url: a file resource changes its file with a new version']);
      }
      if (note !== undefined && resource.adaptedFromId === null) {
        throw new BadRequestException(['note: only an adaptation has a note on what changed']);
      }
      if (scope !== undefined) {
        resource.scope = scope;
        // The group stays with another scope: it is where the resource was shared and discussed.
        if (scope === 'group') resource.groupId = (await this.groupToShareIn(groupSlug!, actor, manager)).id;
      }
      for (const [field, value] of Object.entries({ ...details, url, note })) {
        if (value !== undefined) Object.assign(resource, { [field]: value });
      }
      // The relations loaded with it would otherwise override the changed group.
      delete resource.group;
      delete resource.author;
      await manager.save(resource);
    });
    return this.get(actor, id);
  }

  /**
   * Removal is soft: the row stays so that its adaptations keep their lineage. A removal by anyone but the
   * author is moderation and is written to the audit log in the same transaction.
   */
  async remove(actor: UserEntity, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const resource = await this.context(id, actor, manager, true);
      const membership = resource.groupId
        ? await manager.findOneBy(MembershipEntity, { groupId: resource.groupId, userId: actor.id })
        : null;
      if (!canRemoveResource(resource, membership, actor)) {
        throw new ForbiddenException(
          "only the author, the group's coordinators and network coordinators can remove it",
        );
      }
      await manager.update(ResourceEntity, resource.id, { removedAt: new Date(), removedBy: actor.id });
      if (removalIsModeration(resource, actor)) {
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'resource.remove',
          targetType: 'resource',
          targetId: resource.id,
          details: { title: resource.title, authorId: resource.authorId, groupId: resource.groupId },
        });
      }
    });
  }

  /** Resources a person shared, removed ones included, for their data export. */
  async authoredBy(user: UserEntity): Promise<Resource[]> {
    const rows = await this.dataSource.getRepository(ResourceEntity).find({
      where: { authorId: user.id },
      relations: { author: true, group: true },
      order: { createdAt: 'ASC' },
    });
    return this.present(rows, user);
  }

  private async insert(actor: UserEntity, body: NewResource, form: UploadForm, sourceId: string | null) {
    if (!form.file === (body.url === undefined)) {
      throw new BadRequestException(['file: give either a file (multipart part "file") or a url, not both']);
    }
    const group = body.scope === 'group' ? await this.groupToShareIn(body.groupSlug!, actor) : null;
    const accepted: AcceptedFile | null = form.file ? await this.files.accept(form.file, actor) : null;
    const { id, version } = await this.dataSource.transaction(async (manager) => {
      // Seen again inside the transaction: a source removed meanwhile is not adapted.
      if (sourceId) await this.context(sourceId, actor, manager, true);
      const { groupSlug: _slug, ...fields } = body;
      const resource = await manager.save(
        manager.create(ResourceEntity, {
          ...fields,
          url: body.url ?? null,
          note: body.note ?? null,
          groupId: group?.id ?? null,
          authorId: actor.id,
          adaptedFromId: sourceId,
          currentVersion: accepted ? 1 : null,
        }),
      );
      const version = accepted
        ? await this.files.store(
            manager,
            accepted,
            {
              resourceId: resource.id,
              version: 1,
              uploadedBy: actor.id,
              note: null,
            },
            actor,
          )
        : null;
      if (sourceId) {
        await manager.increment(ResourceEntity, { id: sourceId }, 'adaptationCount', 1);
      }
      return { id: resource.id, version };
    });
    if (version) this.files.stored(version);
    return this.get(actor, id);
  }

  /** The group to share in: 404 when there is none, 403 unless the sharer is an active member. */
  private async groupToShareIn(slug: string, actor: UserEntity, manager?: EntityManager): Promise<GroupEntity> {
    const { group, membership } = await this.groups.context(slug, actor, manager);
    const refusal = shareRefusal(group, membership, actor);
    if (refusal) throw new ForbiddenException(refusal);
    return group;
  }

  /** Adds the caller's view: the current file, the source they may see, and what they may do. */
  private async present(resources: ResourceEntity[], viewer: Viewer): Promise<Resource[]> {
    if (resources.length === 0) return [];
    const ids = resources.map((r) => r.id);
    const sourceIds = [...new Set(resources.flatMap((r) => (r.adaptedFromId ? [r.adaptedFromId] : [])))];
    const groupIds = [...new Set(resources.flatMap((r) => (r.groupId ? [r.groupId] : [])))];
    const [current, sources, memberships, adaptationCounts] = await Promise.all([
      this.files.currentVersions(ids),
      this.visibleSources(sourceIds, viewer),
      viewer && groupIds.length
        ? this.dataSource
            .getRepository(MembershipEntity)
            .createQueryBuilder('m')
            .where('m.user_id = :userId AND m.group_id IN (:...groupIds)', { userId: viewer.id, groupIds })
            .getMany()
        : Promise.resolve([]),
      this.visibleAdaptationCounts(ids, viewer),
    ]);
    const membershipOf = new Map(memberships.map((m) => [m.groupId, m]));
    return resources.map((resource) =>
      toResource(resource, {
        file: current.get(resource.id) ?? null,
        adaptedFrom: resource.adaptedFromId ? (sources.get(resource.adaptedFromId) ?? null) : null,
        canEdit: canEditResource(resource, viewer),
        canRemove: canRemoveResource(resource, membershipOf.get(resource.groupId ?? '') ?? null, viewer),
        adaptationCount: adaptationCounts.get(resource.id) ?? 0,
      }),
    );
  }

  /**
   * How many adaptations of each resource the viewer sees under it in its family tree: those they may see
   * whose nearest visible ancestor it is (an adaptation hidden from them is skipped, and what was made from
   * it counts instead), removed ones included, as the tree shows them.
   */
  private async visibleAdaptationCounts(ids: string[], viewer: Viewer): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const visible = visibleSql('r', viewer);
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      `WITH RECURSIVE below AS (
         SELECT r.adapted_from_id AS counted_for, r.id, (${visible.sql}) AS visible
           FROM resources r WHERE r.adapted_from_id = ANY(:ids)
         UNION ALL
         SELECT below.counted_for, r.id, (${visible.sql}) AS visible
           FROM below JOIN resources r ON r.adapted_from_id = below.id
          WHERE NOT below.visible
       )
       SELECT counted_for, count(*) FILTER (WHERE visible)::int AS n FROM below GROUP BY counted_for`,
      { ...visible.params, ids },
    );
    const rows = (await this.dataSource.query(sql, parameters)) as Array<{ counted_for: string; n: number }>;
    return new Map(rows.map((row) => [row.counted_for, row.n]));
  }

  /** Sources the viewer may see, removed ones included (shown as removed, so the lineage stays readable). */
  private async visibleSources(ids: string[], viewer: Viewer): Promise<Map<string, ResourceEntity>> {
    if (ids.length === 0) return new Map();
    const visible = visibleSql('r', viewer);
    const rows = await this.dataSource
      .getRepository(ResourceEntity)
      .createQueryBuilder('r')
      .where('r.id IN (:...ids)', { ids })
      .andWhere(visible.sql, visible.params)
      .getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }
}
