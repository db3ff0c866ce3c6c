import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ModerationSummary } from '@pn/shared';
import type { DataSource } from 'typeorm';
import type { UserEntity } from '../users/user.entity';
import { moderationScope } from './moderation.policy';
import { moderationRepository as moderation } from './moderation.repository';

@Injectable()
export class ModerationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** What waits for the caller's decision, counted only where they may decide. */
  async summary(viewer: UserEntity): Promise<ModerationSummary> {
    const scope = moderationScope(viewer);
    if (!scope) return { total: 0, groups: [], applications: null, curation: null };
    const db = this.dataSource.manager;
    const [rows, applications, curation] = await Promise.all([
      moderation.groupCounts(db, scope.groups === 'all' ? null : viewer.id),
      scope.applications ? moderation.pendingAccounts(db) : null,
      scope.curation ? moderation.submittedPractices(db) : null,
    ]);
    const groups = rows.map((row) => ({
      group: { id: row.id, slug: row.slug, name: row.name },
      joinRequests: row.join_requests,
      flags: row.flags,
    }));
    const inGroups = groups.reduce((sum, counts) => sum + counts.joinRequests + counts.flags, 0);
    return { total: inGroups + (applications ?? 0) + (curation ?? 0), groups, applications, curation };
  }
}
