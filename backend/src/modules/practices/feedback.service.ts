import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { createFeedbackSchema, Feedback, FeedbackSummary, Page, PageQuery } from '@pn/shared';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { AfterCommit } from '../../common/after-commit';
import { NotificationsService } from '../notifications/notifications.service';
import type { UserEntity } from '../users/user.entity';
import { toFeedback } from './feedback.mapper';
import { feedbackRepository as feedback } from './feedback.repository';
import { PracticeAccessService, viewerOf } from './practice-access.service';
import { PracticeFeedbackEntity } from './practice-feedback.entity';
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
      const id = await feedback.insert(manager, { ...body, practiceId, authorId: author.id });
      const evaluators = await feedback.evaluatorIds(manager, practiceId);
      await this.notifications.notify(manager, after, {
        kind: 'practice-feedback',
        recipientIds: [...evaluators, ...(practice.authorId ? [practice.authorId] : [])],
        actorId: author.id,
        practiceId,
        data: { usefulness: body.usefulness, country: body.country },
      });
      return id;
    });
    await after.run();
    return toFeedback(await feedback.shown(this.dataSource.manager, id));
  }

  /** Where it was implemented and how useful it was found. */
  summaryOf(practiceId: string): Promise<FeedbackSummary> {
    return feedback.summaryOf(this.dataSource.manager, practiceId);
  }

  /** A person's reports, for their data export. */
  async authoredBy(userId: string): Promise<Feedback[]> {
    return (await feedback.authoredBy(this.dataSource.manager, userId)).map(toFeedback);
  }
}
