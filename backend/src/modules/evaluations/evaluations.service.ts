import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  createEvaluationSchema,
  Evaluation,
  OutcomeInput,
  outcomeSchema,
  Page,
  PageQuery,
  updateEvaluationSchema,
} from '@pn/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AfterCommit } from '../../common/after-commit';
import { NotificationsService } from '../notifications/notifications.service';
import { PracticeAccessService, viewerOf } from '../practices/practice-access.service';
import { canEvaluate, isLive } from '../practices/practices.policy';
import type { UserEntity } from '../users/user.entity';
import { EvaluationOutcomeEntity } from './evaluation-outcome.entity';
import { EvaluationEntity } from './evaluation.entity';
import { toEvaluation } from './evaluations.mapper';
import { canEditEvaluation } from './evaluations.policy';
import { recomputeEvidence } from './evidence';

type Outcome = z.output<typeof outcomeSchema>;

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
    const outcomes = await this.outcomesOf(result.items.map((evaluation) => evaluation.id));
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
      const evaluation = await manager.save(
        manager.create(EvaluationEntity, { ...fields, practiceId, authorId: researcher.id }),
      );
      await this.writeOutcomes(manager, evaluation.id, outcomes);
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
      return evaluation.id;
    });
    await after.run();
    return this.get(id, researcher);
  }

  /** Its author corrects an evaluation; outcomes, when given, replace the previous ones. */
  async update(author: UserEntity, id: string, body: z.output<typeof updateEvaluationSchema>): Promise<Evaluation> {
    const viewer = viewerOf(author);
    await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(EvaluationEntity, { id });
      if (!found) throw notFound();
      // The practice first, locked: the same order as when an evaluation is added.
      await this.access.readable(found.practiceId, viewer, manager, true).catch(() => {
        throw notFound();
      });
      const evaluation = await manager.findOneOrFail(EvaluationEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!canEditEvaluation(evaluation, viewer)) throw new ForbiddenException('only its author edits an evaluation');
      const { outcomes, ...fields } = body;
      const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
      await manager.update(EvaluationEntity, id, { ...defined, updatedAt: new Date() });
      if (outcomes) {
        await manager.delete(EvaluationOutcomeEntity, { evaluationId: id });
        await this.writeOutcomes(manager, id, outcomes);
      }
      await recomputeEvidence(manager, evaluation.practiceId);
    });
    return this.get(id, author);
  }

  private async get(id: string, user: UserEntity): Promise<Evaluation> {
    const evaluation = await this.dataSource.manager.findOneOrFail(EvaluationEntity, {
      where: { id },
      relations: { outcomes: true, author: true },
    });
    return toEvaluation(evaluation, canEditEvaluation(evaluation, viewerOf(user)));
  }

  private async writeOutcomes(manager: EntityManager, evaluationId: string, outcomes: Outcome[]): Promise<void> {
    await manager.insert(
      EvaluationOutcomeEntity,
      outcomes.map((outcome: Outcome & OutcomeInput, position) => ({
        evaluationId,
        position,
        construct: outcome.construct,
        label: outcome.label ?? null,
        measure: outcome.measure,
        direction: outcome.direction,
        significant: outcome.significant,
        effectSize: outcome.effectSize,
        ciLow: outcome.ciLow,
        ciHigh: outcome.ciHigh,
        sustained12Months: outcome.sustained12Months,
      })),
    );
  }

  private async outcomesOf(ids: string[]): Promise<Map<string, EvaluationOutcomeEntity[]>> {
    const result = new Map<string, EvaluationOutcomeEntity[]>();
    if (ids.length === 0) return result;
    const rows = await this.dataSource
      .getRepository(EvaluationOutcomeEntity)
      .createQueryBuilder('o')
      .where('o.evaluation_id IN (:...ids)', { ids })
      .orderBy('o.position', 'ASC')
      .getMany();
    for (const row of rows) result.set(row.evaluationId, [...(result.get(row.evaluationId) ?? []), row]);
    return result;
  }
}

const notFound = () => new NotFoundException('no evaluation with this id');
