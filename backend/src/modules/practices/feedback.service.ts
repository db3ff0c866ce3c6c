import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { createFeedbackSchema, Feedback, FeedbackSummary, Page, PageQuery } from '@pn/shared';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { AfterCommit } from '../../common/after-commit';
import { NotificationsService } from '../notifications/notifications.service';
import type { UserEntity } from '../users/user.entity';
import { toFeedback } from './feedback.mapper';
import { PracticeAccessService, viewerOf } from './practice-access.service';
import { PracticeFeedbackEntity } from './practice-feedback.entity';
import { PracticeEntity } from './practice.entity';
import { isLive } from './practices.policy';

/** Practitioners' reports of implementing a practice: the way back from practice to research. */
@Injectable()
export class FeedbackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PracticeAccessService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(user: UserEntity | undefined, practiceId: string, page: PageQuery): Promise<Page<Feedback>> {
    const result = await this.access.pageOnPractice(PracticeFeedbackEntity, practiceId, user, page);
    return { items: result.items.map(toFeedback), nextCursor: result.nextCursor };
  }

  /**
   * Stores a report and tells the researchers who evaluated the practice, and its author, that it came:
   * the circle from research to practice and back closes.
   */
  async create(author: UserEntity, practiceId: string, body: z.output<typeof createFeedbackSchema>): Promise<Feedback> {
    const after = new AfterCommit();
    const id = await this.dataSource.transaction(async (manager) => {
      const practice = await this.access.readable(practiceId, viewerOf(author), manager, true);
      if (!isLive(practice)) {
        throw new ConflictException('feedback is given on published practices that are not archived');
      }
      const feedback = await manager.save(
        manager.create(PracticeFeedbackEntity, { ...body, practiceId, authorId: author.id }),
      );
      await manager.increment(PracticeEntity, { id: practiceId }, 'feedbackCount', 1);
      const evaluators = (await manager.query(
        `SELECT DISTINCT author_id FROM evaluations WHERE practice_id = $1 AND author_id IS NOT NULL`,
        [practiceId],
      )) as Array<{ author_id: string }>;
      await this.notifications.notify(manager, after, {
        kind: 'practice-feedback',
        recipientIds: [...evaluators.map((row) => row.author_id), ...(practice.authorId ? [practice.authorId] : [])],
        actorId: author.id,
        practiceId,
        data: { usefulness: body.usefulness, country: body.country },
      });
      return feedback.id;
    });
    await after.run();
    const stored = await this.dataSource.manager.findOneOrFail(PracticeFeedbackEntity, {
      where: { id },
      relations: { author: true },
    });
    return toFeedback(stored);
  }

  /** Where it was implemented and how useful it was found. */
  async summaryOf(practiceId: string): Promise<FeedbackSummary> {
    const [totals] = (await this.dataSource.query(
      `SELECT count(*)::int AS count, round(avg(usefulness), 1)::float AS average,
              coalesce(sum(reached), 0)::bigint::text AS reached
         FROM practice_feedback WHERE practice_id = $1`,
      [practiceId],
    )) as Array<{ count: number; average: number | null; reached: string }>;
    const countries = (await this.dataSource.query(
      `SELECT country, count(*)::int AS count FROM practice_feedback WHERE practice_id = $1
        GROUP BY country ORDER BY count(*) DESC, country`,
      [practiceId],
    )) as Array<{ country: string; count: number }>;
    return {
      count: totals?.count ?? 0,
      averageUsefulness: totals?.average ?? null,
      totalReached: Number(totals?.reached ?? 0),
      countries,
    };
  }

  /** A person's reports, for their data export. */
  async authoredBy(userId: string): Promise<Feedback[]> {
    const rows = await this.dataSource.manager.find(PracticeFeedbackEntity, {
      where: { authorId: userId },
      relations: { author: true },
      order: { createdAt: 'ASC' },
    });
    return rows.map(toFeedback);
  }
}
