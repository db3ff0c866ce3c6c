import { rateEvidence } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import { PracticeEntity } from '../practices/practice.entity';
import { EvaluationEntity } from './evaluation.entity';
import { toRatingInput } from './evaluations.mapper';

/** A practice's evaluations with their outcomes and authors, oldest first. */
export function evaluationsOf(manager: EntityManager, practiceId: string): Promise<EvaluationEntity[]> {
  return manager.find(EvaluationEntity, {
    where: { practiceId },
    relations: { outcomes: true, author: true },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
}

/**
 * Computes the practice's evidence rating from all its evaluations with the one published rule
 * (`rateEvidence`) and stores it with the columns lists filter on. Called in the transaction that adds or
 * changes an evaluation, after the practice row was locked, so that two evaluations added at once both count.
 */
export async function recomputeEvidence(manager: EntityManager, practiceId: string): Promise<void> {
  const rating = rateEvidence((await evaluationsOf(manager, practiceId)).map(toRatingInput));
  await manager.update(PracticeEntity, practiceId, {
    evidenceRating: rating,
    ratingDirections: [...new Set(rating.outcomes.map((outcome) => outcome.direction))],
    bestStrength: rating.bestStrength,
  });
}
