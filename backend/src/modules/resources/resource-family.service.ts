import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ResourceFamily, ResourceFamilyNode } from '@pn/shared';
import { In, type DataSource } from 'typeorm';
import type { UserEntity } from '../users/user.entity';
import { buildFamily } from './resource-family';
import { visibleSql } from './resource-visibility';
import { ResourceEntity } from './resource.entity';
import { toFamilyNode } from './resources.mapper';
import { ResourcesService } from './resources.service';

/** The lineage of adaptations and translations, both ways. */
@Injectable()
export class ResourceFamilyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resources: ResourcesService,
  ) {}

  async family(viewer: UserEntity | undefined, id: string): Promise<ResourceFamily> {
    const resource = await this.resources.context(id, viewer ?? null);
    const members = await this.familyOf(resource.id);
    const visible = visibleSql('r', viewer ?? null);
    const visibleIds = new Set(
      (
        await this.dataSource
          .getRepository(ResourceEntity)
          .createQueryBuilder('r')
          .select('r.id', 'id')
          .where('r.id IN (:...ids)', { ids: members.map((m) => m.id) })
          .andWhere(visible.sql, visible.params)
          .getRawMany<{ id: string }>()
      ).map((row) => row.id),
    );
    const root = buildFamily<ResourceFamilyNode>(
      members.map((member) => ({
        id: member.id,
        adaptedFromId: member.adaptedFromId,
        visible: visibleIds.has(member.id),
        node: toFamilyNode(member),
      })),
      resource.id,
    );
    if (!root) throw new NotFoundException('no resource with this id');
    return { resourceId: resource.id, root };
  }

  /**
   * Every resource of the family, removed ones included: up to the oldest ancestor, then down through all its
   * adaptations, oldest first. Two recursive queries on the `adapted_from_id` index.
   */
  private async familyOf(id: string): Promise<ResourceEntity[]> {
    const [top] = (await this.dataSource.query(
      `WITH RECURSIVE up AS (
         SELECT id, adapted_from_id, 0 AS depth FROM resources WHERE id = $1
         UNION
         SELECT r.id, r.adapted_from_id, up.depth + 1 FROM resources r JOIN up ON r.id = up.adapted_from_id
       )
       SELECT id FROM up ORDER BY depth DESC LIMIT 1`,
      [id],
    )) as Array<{ id: string }>;
    const rows = (await this.dataSource.query(
      `WITH RECURSIVE down AS (
         SELECT id FROM resources WHERE id = $1
         UNION
         SELECT r.id FROM resources r JOIN down ON r.adapted_from_id = down.id
       )
       SELECT id FROM down`,
      [top!.id],
    )) as Array<{ id: string }>;
    return this.dataSource.getRepository(ResourceEntity).find({
      where: { id: In(rows.map((row) => row.id)) },
      relations: { author: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
