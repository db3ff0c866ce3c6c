import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ResourceSummary } from '@pn/shared';
import type { DataSource } from 'typeorm';
import { ResourceEntity } from './resource.entity';
import { toResourceSummary } from './resources.mapper';
import { viewerOf, visibleSql, type ViewerLike } from './resource-visibility';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What other modules (practices, search) may ask of the library: never more than the viewer may see. */
@Injectable()
export class ResourceAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The resources among `ids` that the viewer (an auth, a user, or null for a visitor) may see, in the
   * order of `ids`; unknown, hidden and removed ones are left out.
   */
  async summariesVisibleTo(viewer: ViewerLike, ids: string[]): Promise<ResourceSummary[]> {
    const wanted = [...new Set(ids.filter((id) => UUID.test(id)))];
    if (wanted.length === 0) return [];
    const visible = visibleSql('r', viewerOf(viewer));
    const rows = await this.dataSource
      .getRepository(ResourceEntity)
      .createQueryBuilder('r')
      .where('r.id IN (:...wanted)', { wanted })
      .andWhere('r.removed_at IS NULL')
      .andWhere(visible.sql, visible.params)
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toResourceSummary(row)] : [];
    });
  }

  /** The ids among `ids` that the viewer may see (not removed), for filtering without loading rows. */
  async visibleIds(viewer: ViewerLike, ids: string[]): Promise<Set<string>> {
    return new Set((await this.summariesVisibleTo(viewer, ids)).map((summary) => summary.id));
  }
}
