import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, PageQuery, Practice, reReviewSchema, ReviewDuePractice } from '@pn/shared';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import type { UserEntity } from '../users/user.entity';
import { PracticeAccessService, viewerOf } from './practice-access.service';
import { practicesRepository as practices } from './practices.repository';
import { ratingReviewReasons } from './practices.policy';
import { PracticesService } from './practices.service';

/**
 * Ratings re-reviewed: two years after they were computed or last reviewed, or when a new revision of the
 * practice is published, a coordinator looks again and confirms the rating stands (a change of evidence goes
 * through the evaluations, which recompute it).
 */
@Injectable()
export class RatingReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PracticeAccessService,
    private readonly practiceService: PracticesService,
    private readonly audit: AuditService,
  ) {}

  /** The coordinators' queue of ratings due, the longest waiting first. */
  async due(page: PageQuery): Promise<Page<ReviewDuePractice>> {
    const now = new Date();
    const rows = await practices.reviewDuePage(this.dataSource.manager, page, now);
    return {
      items: rows.items.map((practice) => ({
        id: practice.id,
        title: practice.title,
        curationLabel: practice.curationLabel,
        ratingReviewedAt: practice.ratingReviewedAt.toISOString(),
        reasons: ratingReviewReasons(practice, now),
      })),
      nextCursor: rows.nextCursor,
    };
  }

  /** A coordinator's re-review: the rating stands as of today, for the revision published now. Audited. */
  async reReview(curator: UserEntity, id: string, body: z.output<typeof reReviewSchema>): Promise<Practice> {
    await this.dataSource.transaction(async (manager) => {
      const practice = await this.access.readable(id, viewerOf(curator), manager, true);
      if (practice.publishedRevision === null || !['inspiring', 'peer-reviewed'].includes(practice.curationLabel)) {
        throw new ConflictException('only the rating of a published practice is re-reviewed');
      }
      await practices.update(manager, id, {
        ratingReviewedAt: new Date(),
        ratingReviewedRevision: practice.publishedRevision,
      });
      await this.audit.record(manager, {
        actorId: curator.id,
        action: 'rating.re-review',
        targetType: 'practice',
        targetId: id,
        details: { revision: practice.publishedRevision, comment: body.comment ? body.comment : null },
      });
    });
    return this.practiceService.get(id, curator);
  }
}
