import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  createResearchQuestionSchema,
  mergeResearchQuestionSchema,
  moveResearchQuestionSchema,
  Page,
  ResearchQuestion,
} from '@pn/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AfterCommit } from '../../common/after-commit';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { PracticeAccessService, viewerOf } from '../practices/practice-access.service';
import { isLive } from '../practices/practices.policy';
import type { UserEntity } from '../users/user.entity';
import type { ResearchQuestionEntity } from './research-question.entity';
import { toResearchQuestion } from './research-questions.mapper';
import { claimRefusal, mergeRefusal, moveRefusal, takePartRefusal, type Refusal } from './research-questions.policy';
import { researchQuestionsRepository as questions, type ListQuery } from './research-questions.repository';

const refuse = (refusal: Refusal | null): void => {
  if (!refusal) return;
  throw refusal.status === 403 ? new ForbiddenException(refusal.refused) : new ConflictException(refusal.refused);
};

/**
 * Research questions from the field: raised by members on a practice or a cell of the gap map, voted up and
 * followed, claimed by a researcher who moves them on until an evaluation answers them. Whoever asked and
 * whoever follows hears of each step.
 */
@Injectable()
export class ResearchQuestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly practices: PracticeAccessService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async list(user: UserEntity, query: ListQuery): Promise<Page<ResearchQuestion>> {
    const page = await questions.page(this.dataSource.manager, user.id, query);
    return { items: page.rows.map(toResearchQuestion), nextCursor: page.nextCursor };
  }

  async get(user: UserEntity, id: string): Promise<ResearchQuestion> {
    return this.shown(this.dataSource.manager, id, user.id);
  }

  /** Raised on a live practice (perhaps from feedback on it) or on a cell of the gap map; its asker follows it. */
  async create(user: UserEntity, body: z.output<typeof createResearchQuestionSchema>): Promise<ResearchQuestion> {
    const id = await this.dataSource.transaction(async (manager) => {
      if (body.practiceId) {
        const practice = await this.practices
          .readable(body.practiceId, viewerOf(user), manager)
          .catch((error: unknown) => {
            if (error instanceof NotFoundException) {
              throw new BadRequestException(['practiceId: no published practice with this id']);
            }
            throw error;
          });
        if (!isLive(practice)) {
          throw new ConflictException('research questions are raised on published practices that are not archived');
        }
      }
      if (body.feedbackId && (await questions.feedbackPractice(manager, body.feedbackId)) !== body.practiceId) {
        throw new BadRequestException(['feedbackId: is not feedback on this practice']);
      }
      const id = await questions.insert(manager, {
        title: body.title,
        body: body.body,
        practiceId: body.practiceId ?? null,
        feedbackId: body.feedbackId ?? null,
        targetGroup: body.targetGroup ?? null,
        construct: body.construct ?? null,
        authorId: user.id,
      });
      await questions.follow(manager, id, user.id);
      return id;
    });
    return this.get(user, id);
  }

  async claim(user: UserEntity, id: string): Promise<ResearchQuestion> {
    return this.step(user, id, async (manager, question, after) => {
      refuse(claimRefusal(question, viewerOf(user)));
      await questions.update(manager, id, { status: 'planned', claimerId: user.id });
      await questions.follow(manager, id, user.id);
      await this.tell(manager, after, { ...question, status: 'planned' }, user.id, 'claimed');
    });
  }

  async move(
    user: UserEntity,
    id: string,
    body: z.output<typeof moveResearchQuestionSchema>,
  ): Promise<ResearchQuestion> {
    return this.step(user, id, async (manager, question, after) => {
      refuse(moveRefusal(question, viewerOf(user), body.status));
      if (body.evaluationId) {
        const practiceId = await questions.evaluationPractice(manager, body.evaluationId);
        if (!practiceId) throw new BadRequestException(['evaluationId: no evaluation with this id']);
        if (question.practiceId && practiceId !== question.practiceId) {
          throw new BadRequestException(["evaluationId: is not an evaluation of the question's practice"]);
        }
      }
      await questions.update(manager, id, { status: body.status, answerEvaluationId: body.evaluationId ?? null });
      await this.tell(manager, after, { ...question, status: body.status }, user.id, 'moved');
    });
  }

  async vote(user: UserEntity, id: string, up: boolean): Promise<ResearchQuestion> {
    return this.step(user, id, async (manager, question) => {
      refuse(takePartRefusal(question, viewerOf(user)));
      await (up ? questions.vote(manager, id, user.id) : questions.unvote(manager, id, user.id));
    });
  }

  async follow(user: UserEntity, id: string, follow: boolean): Promise<ResearchQuestion> {
    return this.step(user, id, async (manager, question) => {
      refuse(takePartRefusal(question, viewerOf(user)));
      await (follow ? questions.follow(manager, id, user.id) : questions.unfollow(manager, id, user.id));
    });
  }

  /** A coordinator merges a duplicate into the question it repeats: votes and followers move to the kept one. */
  async merge(
    user: UserEntity,
    id: string,
    body: z.output<typeof mergeResearchQuestionSchema>,
  ): Promise<ResearchQuestion> {
    const after = new AfterCommit();
    await this.dataSource.transaction(async (manager) => {
      const [duplicate, kept] = await questions.lockPair(manager, id, body.intoId);
      if (!duplicate) throw new NotFoundException('no research question with this id');
      if (!kept) throw new BadRequestException(['intoId: no research question with this id']);
      refuse(mergeRefusal(duplicate, kept));
      // Those who followed the duplicate hear where it went before they join the kept question's followers.
      await this.tell(manager, after, duplicate, user.id, 'merged', kept.id);
      await questions.update(manager, id, { mergedIntoId: kept.id });
      await questions.moveMembers(manager, id, kept.id);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'research-question.merge',
        targetType: 'research-question',
        targetId: id,
        details: { title: duplicate.title, keptTitle: kept.title },
      });
    });
    await after.run();
    return this.get(user, body.intoId);
  }

  /** Locks the question, applies the change, tells whom it concerns once committed, and shows it. */
  private async step(
    user: UserEntity,
    id: string,
    change: (manager: EntityManager, question: ResearchQuestionEntity, after: AfterCommit) => Promise<void>,
  ): Promise<ResearchQuestion> {
    const after = new AfterCommit();
    await this.dataSource.transaction(async (manager) => {
      const question = await questions.lock(manager, id);
      if (!question) throw new NotFoundException('no research question with this id');
      await change(manager, question, after);
    });
    await after.run();
    return this.get(user, id);
  }

  private async tell(
    manager: EntityManager,
    after: AfterCommit,
    question: ResearchQuestionEntity,
    actorId: string,
    event: 'claimed' | 'moved' | 'merged',
    keptId?: string,
  ): Promise<void> {
    await this.notifications.notify(manager, after, {
      kind: 'research-question',
      recipientIds: await questions.followerIds(manager, question.id),
      actorId,
      data: {
        questionId: keptId ?? question.id,
        title: question.title,
        status: question.status,
        event,
      },
    });
  }

  private async shown(manager: EntityManager, id: string, viewerId: string): Promise<ResearchQuestion> {
    const row = await questions.shown(manager, id, viewerId);
    if (!row) throw new NotFoundException('no research question with this id');
    return toResearchQuestion(row);
  }
}
