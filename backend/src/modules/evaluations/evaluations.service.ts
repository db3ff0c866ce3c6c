import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { createEvaluationSchema, Evaluation, Page, PageQuery, updateEvaluationSchema } from '@pn/shared';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { AfterCommit } from '../../common/after-commit';
import { NotificationsService } from '../notifications/notifications.service';
import { PracticeAccessService, viewerOf } from '../practices/practice-access.service';
import { canEvaluate, isLive } from '../practices/practices.policy';
import type { UserEntity } from '../users/user.entity';
import { EvaluationEntity } from './evaluation.entity';
import { toEvaluation } from './evaluations.mapper';
import { canEditEvaluation, declaredIndependence, storedDeclarations } from './evaluations.policy';
import { evaluationsRepository as evaluations } from './evaluations.repository';
import { recomputeEvidence } from './evidence';

/**
 * Researchers' evaluations of practices. Every change recomputes the practice's evidence rating in the same
 * transaction: the rating is derived, never typed in.
 */
@Injectable()
export class EvaluationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PracticeAccessService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(user: UserEntity | undefined, practiceId: string, page: PageQuery): Promise<Page<Evaluation>> {
    const result = await this.access.pageOnPractice(EvaluationEntity, practiceId, user, page);
    const outcomes = await evaluations.outcomesOf(
      this.dataSource.manager,
      result.items.map((evaluation) => evaluation.id),
    );
    return {
      items: result.items.map((evaluation) =>
        toEvaluation(
          { ...evaluation, outcomes: outcomes.get(evaluation.id) ?? [] },
          canEditEvaluation(evaluation, viewerOf(user)),
        ),
      ),
      nextCursor: result.nextCursor,
    };
  }

  /**
   * A researcher's evaluation of a published practice (not archived): a draft is not yet a programme that
   * can be studied as described, and it is hidden from researchers anyway.
   */
  async create(
    researcher: UserEntity,
    practiceId: string,
    body: z.output<typeof createEvaluationSchema>,
  ): Promise<Evaluation> {
    const viewer = viewerOf(researcher);
    const after = new AfterCommit();
    const id = await this.dataSource.transaction(async (manager) => {
      const practice = await this.access.readable(practiceId, viewer, manager, true);
      if (!isLive(practice)) {
        throw new ConflictException('evaluations are posted on published practices that are not archived');
      }
      if (!canEvaluate(practice, viewer)) throw new ForbiddenException('only researchers post evaluations');
      const { outcomes, ...fields } = body;
      const id = await evaluations.insert(manager, {
        ...storedDeclarations(fields),
        independence: declaredIndependence(fields) ?? 'developer',
        practiceId,
        authorId: researcher.id,
      });
      await evaluations.insertOutcomes(manager, id, outcomes);
      await recomputeEvidence(manager, practiceId);
      if (practice.authorId) {
        await this.notifications.notify(manager, after, {
          kind: 'practice-evaluation',
          recipientIds: [practice.authorId],
          actorId: researcher.id,
          practiceId,
          data: { design: body.design },
        });
      }
      return id;
    });
    await after.run();
    return this.get(id, researcher);
  }

  /** Its author corrects an evaluation; outcomes, when given, replace the previous ones. */
  async update(author: UserEntity, id: string, body: z.output<typeof updateEvaluationSchema>): Promise<Evaluation> {
    const viewer = viewerOf(author);
    await this.dataSource.transaction(async (manager) => {
      const found = await evaluations.find(manager, id);
      if (!found) throw notFound();
      // The practice first, locked: the same order as when an evaluation is added.
      await this.access.readable(found.practiceId, viewer, manager, true).catch(() => {
        throw notFound();
      });
      const evaluation = await evaluations.lock(manager, id);
      if (!canEditEvaluation(evaluation, viewer)) throw new ForbiddenException('only its author edits an evaluation');
      const { outcomes, ...fields } = body;
      const changes = { ...storedDeclarations(fields), independence: declaredIndependence(fields) };
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      await evaluations.update(manager, id, defined);
      if (outcomes) await evaluations.replaceOutcomes(manager, id, outcomes);
      await recomputeEvidence(manager, evaluation.practiceId);
    });
    return this.get(id, author);
  }

  private async get(id: string, user: UserEntity): Promise<Evaluation> {
    const evaluation = await evaluations.shown(this.dataSource.manager, id);
    return toEvaluation(evaluation, canEditEvaluation(evaluation, viewerOf(user)));
  }
}

const notFound = () => new NotFoundException('no evaluation with this id');
