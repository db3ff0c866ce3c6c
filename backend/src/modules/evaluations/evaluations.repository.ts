import type {
  ComputedEvidenceRating,
  OutcomeInput,
  outcomeSchema,
  Page,
  PageQuery,
  VerificationState,
} from '@pn/shared';
import type { EntityManager } from 'typeorm';
import { newestFirstPage } from '../../common/cursor';
import { keysetPage, timeKey } from '../../common/keyset';
import type { z } from 'zod';
import { PracticeEntity } from '../practices/practice.entity';
import { EvaluationOutcomeEntity } from './evaluation-outcome.entity';
import { EvaluationEntity } from './evaluation.entity';

type Outcome = z.output<typeof outcomeSchema>;

/** The evaluations' reads and writes; the service decides, in its transaction, and calls these with its manager. */
export const evaluationsRepository = {
  /** A practice's evaluations (only the verified ones, when asked) with their outcomes and authors, oldest first. */
  ofPractice(manager: EntityManager, practiceId: string, verifiedOnly = false): Promise<EvaluationEntity[]> {
    return manager.find(EvaluationEntity, {
      where: verifiedOnly ? { practiceId, verification: 'verified' } : { practiceId },
      relations: { outcomes: true, author: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  },

  /** A page of a practice's evaluations (only the verified ones, when asked), newest first, with their authors. */
  pageOfPractice(
    manager: EntityManager,
    practiceId: string,
    page: PageQuery,
    verifiedOnly: boolean,
  ): Promise<Page<EvaluationEntity>> {
    const builder = manager
      .getRepository(EvaluationEntity)
      .createQueryBuilder('item')
      .leftJoinAndSelect('item.author', 'author')
      .where('item.practice_id = :practiceId', { practiceId });
    if (verifiedOnly) builder.andWhere(`item.verification = 'verified'`);
    return newestFirstPage(builder, 'item', page);
  },

  /**
   * The verification queue: evaluations of published practices in one state, with their practices and authors,
   * those waiting longest first (an author's correction puts one back at the end).
   */
  queue(manager: EntityManager, state: VerificationState, page: PageQuery): Promise<Page<EvaluationEntity>> {
    const builder = manager
      .getRepository(EvaluationEntity)
      .createQueryBuilder('item')
      .innerJoinAndSelect('item.practice', 'practice')
      .leftJoinAndSelect('item.author', 'author')
      .where('item.verification = :state', { state })
      .andWhere('practice.published_revision IS NOT NULL');
    return keysetPage(
      builder,
      [
        { sql: timeKey('item.updated_at'), order: 'ASC', type: 'time', value: (row) => row.updatedAt.toISOString() },
        { sql: 'item.id', order: 'ASC', type: 'uuid', value: (row) => row.id },
      ],
      page,
    );
  },

  /** The evaluations a person posted, with their outcomes and authors, oldest first. */
  authoredBy(manager: EntityManager, userId: string): Promise<EvaluationEntity[]> {
    return manager.find(EvaluationEntity, {
      where: { authorId: userId },
      relations: { outcomes: true, author: true },
      order: { createdAt: 'ASC' },
    });
  },

  /** One evaluation with its outcomes and author, as it is shown. */
  shown(manager: EntityManager, id: string): Promise<EvaluationEntity> {
    return manager.findOneOrFail(EvaluationEntity, { where: { id }, relations: { outcomes: true, author: true } });
  },

  find(manager: EntityManager, id: string): Promise<EvaluationEntity | null> {
    return manager.findOneBy(EvaluationEntity, { id });
  },

  /** The evaluation, locked until the transaction ends. */
  lock(manager: EntityManager, id: string): Promise<EvaluationEntity> {
    return manager.findOneOrFail(EvaluationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  },

  async insert(manager: EntityManager, fields: Partial<EvaluationEntity>): Promise<string> {
    return (await manager.save(manager.create(EvaluationEntity, fields))).id;
  },

  async update(manager: EntityManager, id: string, fields: Partial<EvaluationEntity>): Promise<void> {
    await manager.update(EvaluationEntity, id, { ...fields, updatedAt: new Date() });
  },

  /** A reviewer's decision; not a change of the evaluation itself, so `updatedAt` stays its author's. */
  async setVerification(
    manager: EntityManager,
    id: string,
    fields: Pick<EvaluationEntity, 'verification' | 'verificationComment' | 'verificationReconciled'>,
  ): Promise<void> {
    await manager.update(EvaluationEntity, id, fields);
  },

  /** The evaluation's outcomes become these, in this order. */
  async replaceOutcomes(manager: EntityManager, evaluationId: string, outcomes: Outcome[]): Promise<void> {
    await manager.delete(EvaluationOutcomeEntity, { evaluationId });
    await evaluationsRepository.insertOutcomes(manager, evaluationId, outcomes);
  },

  async insertOutcomes(manager: EntityManager, evaluationId: string, outcomes: Outcome[]): Promise<void> {
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
  },

  /** The outcomes of these evaluations, by evaluation, in their order. */
  async outcomesOf(manager: EntityManager, ids: string[]): Promise<Map<string, EvaluationOutcomeEntity[]>> {
    const result = new Map<string, EvaluationOutcomeEntity[]>();
    if (ids.length === 0) return result;
    const rows = await manager
      .getRepository(EvaluationOutcomeEntity)
      .createQueryBuilder('o')
      .where('o.evaluation_id IN (:...ids)', { ids })
      .orderBy('o.position', 'ASC')
      .getMany();
    for (const row of rows) result.set(row.evaluationId, [...(result.get(row.evaluationId) ?? []), row]);
    return result;
  },

  /** Stores a practice's evidence rating with the columns lists filter on. */
  async storeEvidence(manager: EntityManager, practiceId: string, rating: ComputedEvidenceRating): Promise<void> {
    await manager.update(PracticeEntity, practiceId, {
      evidenceRating: rating,
      ratingDirections: [...new Set(rating.outcomes.map((outcome) => outcome.direction))],
      bestStrength: rating.bestStrength,
      // A rating computed anew from changed evidence counts as reviewed, for the revision published now.
      ratingReviewedAt: new Date(),
      ratingReviewedRevision: () => 'published_revision',
    });
    // Its cells of the evidence gap map follow the rating (1765670000000-GapMapCells).
    await manager.query(`SELECT practice_evidence_cells_refresh(ARRAY[$1]::uuid[])`, [practiceId]);
  },
};
