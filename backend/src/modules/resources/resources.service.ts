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
import { AuditService } from '../audit/audit.service';
import type { GroupEntity } from '../groups/group.entity';
import type { Viewer } from '../../common/viewer';
import { GroupsService } from '../groups/groups.service';
import type { UserEntity } from '../users/user.entity';
import { parseForm } from './parse-form';
import { ResourceFilesService, type AcceptedFile } from './resource-files.service';
import type { ResourceEntity } from './resource.entity';
import { toResource } from './resources.mapper';
import { resourcesRepository as resources } from './resources.repository';
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
    const resource = await resources.visible(manager, id, viewer, lock);
    if (!resource) throw notFound();
    return resource;
  }

  async list(
    viewer: UserEntity | undefined,
    query: z.output<typeof listResourcesQuerySchema>,
  ): Promise<Page<Resource>> {
    const page = await resources.page(this.dataSource.manager, viewer ?? null, query);
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
      await resources.saveChanges(manager, resource);
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
      const membership = resource.groupId ? await resources.membership(manager, resource.groupId, actor.id) : null;
      if (!canRemoveResource(resource, membership, actor)) {
        throw new ForbiddenException(
          "only the author, the group's coordinators and network coordinators can remove it",
        );
      }
      await resources.markRemoved(manager, resource.id, actor.id);
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
    return this.present(await resources.authoredBy(this.dataSource.manager, user.id), user);
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
      const resource = await resources.insert(manager, {
        ...fields,
        url: body.url ?? null,
        note: body.note ?? null,
        groupId: group?.id ?? null,
        authorId: actor.id,
        adaptedFromId: sourceId,
        currentVersion: accepted ? 1 : null,
      });
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
      if (sourceId) await resources.countAdaptation(manager, sourceId);
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
  private async present(rows: ResourceEntity[], viewer: Viewer): Promise<Resource[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const sourceIds = [...new Set(rows.flatMap((r) => (r.adaptedFromId ? [r.adaptedFromId] : [])))];
    const groupIds = [...new Set(rows.flatMap((r) => (r.groupId ? [r.groupId] : [])))];
    const [current, sources, memberships, adaptationCounts] = await Promise.all([
      this.files.currentVersions(ids),
      resources.visibleSources(this.dataSource.manager, sourceIds, viewer),
      viewer ? resources.memberships(this.dataSource.manager, viewer.id, groupIds) : Promise.resolve([]),
      resources.visibleAdaptationCounts(this.dataSource, ids, viewer),
    ]);
    const membershipOf = new Map(memberships.map((m) => [m.groupId, m]));
    return rows.map((resource) =>
      toResource(resource, {
        file: current.get(resource.id) ?? null,
        adaptedFrom: resource.adaptedFromId ? (sources.get(resource.adaptedFromId) ?? null) : null,
        canEdit: canEditResource(resource, viewer),
        canRemove: canRemoveResource(resource, membershipOf.get(resource.groupId ?? '') ?? null, viewer),
        adaptationCount: adaptationCounts.get(resource.id) ?? 0,
      }),
    );
  }
}
