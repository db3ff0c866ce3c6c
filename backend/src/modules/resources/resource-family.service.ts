import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ResourceFamily, ResourceFamilyNode } from '@pn/shared';
import type { DataSource } from 'typeorm';
import type { UserEntity } from '../users/user.entity';
import { buildFamily } from './resource-family';
import { toFamilyNode } from './resources.mapper';
import { resourcesRepository as resources } from './resources.repository';
import { ResourcesService } from './resources.service';

/** The lineage of adaptations and translations, both ways. */
@Injectable()
export class ResourceFamilyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resourcesService: ResourcesService,
  ) {}

  async family(viewer: UserEntity | undefined, id: string): Promise<ResourceFamily> {
    const resource = await this.resourcesService.context(id, viewer ?? null);
    const members = await resources.familyOf(this.dataSource.manager, resource.id);
    const visibleIds = await resources.visibleIdsAmong(
      this.dataSource.manager,
      members.map((m) => m.id),
      viewer ?? null,
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
}
