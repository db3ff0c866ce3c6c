import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ResourceScope, ResourceSummary } from '@pn/shared';
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

  /**
   * Where each resource among `ids` that the viewer may see is shared (its scope, and its group for scope
   * `group`), so that a module can tell whether a whole audience may see it.
   */
  async scopesVisibleTo(
    viewer: ViewerLike,
    ids: string[],
  ): Promise<Map<string, { scope: ResourceScope; groupId: string | null }>> {
    const wanted = [...new Set(ids.filter((id) => UUID.test(id)))];
    if (wanted.length === 0) return new Map();
    const rows = await resources.visibleAmong(this.dataSource.manager, wanted, viewerOf(viewer));
    return new Map(rows.map((row) => [row.id, { scope: row.scope, groupId: row.groupId }]));
  }

  /** The ids among `ids` that the viewer may see (not removed), for filtering without loading rows. */
  async visibleIds(viewer: ViewerLike, ids: string[]): Promise<Set<string>> {
    return new Set((await this.summariesVisibleTo(viewer, ids)).map((summary) => summary.id));
  }
}
