import type { listResourcesQuerySchema, Page } from '@pn/shared';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { keysetPage, type SortKey } from '../../common/keyset';
import { containsPattern } from '../../common/like';
import type { Viewer } from '../../common/viewer';
import { MembershipEntity } from '../groups/membership.entity';
import { visibleSql } from './resource-visibility';
import { ResourceEntity } from './resource.entity';

/**
 * The resources' reads and writes, each with the visibility rule of resource-visibility.ts where the viewer
 * matters. The services decide and hold the transactions, and pass their manager.
 */
export const resourcesRepository = {
  /**
   * The resource with its author and group if the viewer may see it and it is not removed, else null.
   * `lock` locks its row until the transaction ends.
   */
  async visible(manager: EntityManager, id: string, viewer: Viewer, lock = false): Promise<ResourceEntity | null> {
    const visible = visibleSql('r', viewer);
    const builder = manager
      .getRepository(ResourceEntity)
      .createQueryBuilder('r')
      .where('r.id = :id', { id })
      .andWhere('r.removed_at IS NULL')
      .andWhere(visible.sql, visible.params);
    if (lock) builder.setLock('pessimistic_write');
    const resource = await builder.getOne();
    if (!resource) return null;
    return manager.getRepository(ResourceEntity).findOne({
      where: { id: resource.id },
      relations: { author: true, group: true },
    });
  },

  /** A page of the library as the viewer sees it, with the list's filters and order. */
  page(
    manager: EntityManager,
    viewer: Viewer,
    query: z.output<typeof listResourcesQuerySchema>,
  ): Promise<Page<ResourceEntity>> {
    const visible = visibleSql('r', viewer);
    const builder = manager
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
    return keysetPage(builder, keys, query);
  },

  /** Resources a person shared, removed ones included, with authors and groups, oldest first. */
  authoredBy(manager: EntityManager, userId: string): Promise<ResourceEntity[]> {
    return manager.getRepository(ResourceEntity).find({
      where: { authorId: userId },
      relations: { author: true, group: true },
      order: { createdAt: 'ASC' },
    });
  },

  insert(manager: EntityManager, fields: Partial<ResourceEntity>): Promise<ResourceEntity> {
    return manager.save(manager.create(ResourceEntity, fields));
  },

  /** One more adaptation of the source. */
  /** Stores the changes made to a loaded resource (its loaded relations removed first, or they would win). */
  async saveChanges(manager: EntityManager, resource: ResourceEntity): Promise<void> {
    await manager.save(resource);
  },

  async countAdaptation(manager: EntityManager, sourceId: string): Promise<void> {
    await manager.increment(ResourceEntity, { id: sourceId }, 'adaptationCount', 1);
  },

  /** Soft removal: the row stays, so that its adaptations keep their lineage. */
  async markRemoved(manager: EntityManager, id: string, removedBy: string): Promise<void> {
    await manager.update(ResourceEntity, id, { removedAt: new Date(), removedBy });
  },

  membership(manager: EntityManager, groupId: string, userId: string): Promise<MembershipEntity | null> {
    return manager.findOneBy(MembershipEntity, { groupId, userId });
  },

  /** The person's memberships of these groups. */
  async memberships(manager: EntityManager, userId: string, groupIds: string[]): Promise<MembershipEntity[]> {
    if (groupIds.length === 0) return [];
    return manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where('m.user_id = :userId AND m.group_id IN (:...groupIds)', { userId, groupIds })
      .getMany();
  },

  /**
   * How many adaptations of each resource the viewer sees under it in its family tree: those they may see
   * whose nearest visible ancestor it is (an adaptation hidden from them is skipped, and what was made from
   * it counts instead), removed ones included, as the tree shows them.
   */
  async visibleAdaptationCounts(dataSource: DataSource, ids: string[], viewer: Viewer): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const visible = visibleSql('r', viewer);
    const [sql, parameters] = dataSource.driver.escapeQueryWithParameters(
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
    const rows = (await dataSource.query(sql, parameters)) as Array<{ counted_for: string; n: number }>;
    return new Map(rows.map((row) => [row.counted_for, row.n]));
  },

  /** Sources the viewer may see, removed ones included (shown as removed, so the lineage stays readable). */
  async visibleSources(manager: EntityManager, ids: string[], viewer: Viewer): Promise<Map<string, ResourceEntity>> {
    if (ids.length === 0) return new Map();
    const visible = visibleSql('r', viewer);
    const rows = await manager
      .getRepository(ResourceEntity)
      .createQueryBuilder('r')
      .where('r.id IN (:...ids)', { ids })
      .andWhere(visible.sql, visible.params)
      .getMany();
    return new Map(rows.map((row) => [row.id, row]));
  },

  /** The resources among these ids that the viewer may see and that are not removed. */
  visibleAmong(manager: EntityManager, ids: string[], viewer: Viewer): Promise<ResourceEntity[]> {
    const visible = visibleSql('r', viewer);
    return manager
      .getRepository(ResourceEntity)
      .createQueryBuilder('r')
      .where('r.id IN (:...ids)', { ids })
      .andWhere('r.removed_at IS NULL')
      .andWhere(visible.sql, visible.params)
      .getMany();
  },

  /** The ids among these that the viewer may see, removed ones included (a family tree shows them). */
  async visibleIdsAmong(manager: EntityManager, ids: string[], viewer: Viewer): Promise<Set<string>> {
    const visible = visibleSql('r', viewer);
    const rows = await manager
      .getRepository(ResourceEntity)
      .createQueryBuilder('r')
      .select('r.id', 'id')
      .where('r.id IN (:...ids)', { ids })
      .andWhere(visible.sql, visible.params)
      .getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
  },

  /**
   * Every resource of the family, removed ones included, with its author: up to the oldest ancestor, then
   * down through all its adaptations, oldest first. Two recursive queries on the `adapted_from_id` index.
   */
  async familyOf(manager: EntityManager, id: string): Promise<ResourceEntity[]> {
    const [top] = (await manager.query(
      `WITH RECURSIVE up AS (
         SELECT id, adapted_from_id, 0 AS depth FROM resources WHERE id = $1
         UNION
         SELECT r.id, r.adapted_from_id, up.depth + 1 FROM resources r JOIN up ON r.id = up.adapted_from_id
       )
       SELECT id FROM up ORDER BY depth DESC LIMIT 1`,
      [id],
    )) as Array<{ id: string }>;
    const rows = (await manager.query(
      `WITH RECURSIVE down AS (
         SELECT id FROM resources WHERE id = $1
         UNION
         SELECT r.id FROM resources r JOIN down ON r.adapted_from_id = down.id
       )
       SELECT id FROM down`,
      [top!.id],
    )) as Array<{ id: string }>;
    return manager.getRepository(ResourceEntity).find({
      where: { id: In(rows.map((row) => row.id)) },
      relations: { author: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  },
};
