import { rateEvidence } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import { toRatingInput } from './evaluations.mapper';
import { evaluationsRepository } from './evaluations.repository';

/**
 * Computes the practice's evidence rating from all its evaluations with the one published rule
 * (`rateEvidence`) and stores it with the columns lists filter on. Called in the transaction that adds or
 * changes an evaluation, after the practice row was locked, so that two evaluations added at once both count.
 */
export async function recomputeEvidence(manager: EntityManager, practiceId: string): Promise<void> {
  const evaluations = await evaluationsRepository.ofPractice(manager, practiceId);
  await evaluationsRepository.storeEvidence(manager, practiceId, rateEvidence(evaluations.map(toRatingInput)));
}
