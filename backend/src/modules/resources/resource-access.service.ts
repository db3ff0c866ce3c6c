import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ResourceSummary } from '@pn/shared';
import type { DataSource } from 'typeorm';
import { viewerOf, type ViewerLike } from './resource-visibility';
import { toResourceSummary } from './resources.mapper';
import { resourcesRepository as resources } from './resources.repository';

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
    const rows = await resources.visibleAmong(this.dataSource.manager, wanted, viewerOf(viewer));
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
