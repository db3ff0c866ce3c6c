import { Injectable } from '@nestjs/common';
import type { Evaluation } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import type { viewerOf } from '../practices/practice-access.service';
import { PracticeEvaluations } from '../practices/practice-evaluations';
import { toEvaluation } from './evaluations.mapper';
import { rightsOn, seesUnverified } from './evaluations.policy';
import { evaluationsRepository } from './evaluations.repository';

/**
 * A practice's evaluations, oldest first, each saying what the viewer may do with it. Visitors see only the
 * verified ones, those the rating counts; members see the others too, labelled.
 */
@Injectable()
export class EvaluationsOfPractice extends PracticeEvaluations {
  async of(
    manager: EntityManager,
    practice: { id: string; authorId: string | null },
    viewer: ReturnType<typeof viewerOf>,
  ): Promise<Evaluation[]> {
    const evaluations = await evaluationsRepository.ofPractice(manager, practice.id, !seesUnverified(viewer));
    return evaluations.map((evaluation) => toEvaluation(evaluation, rightsOn(evaluation, practice, viewer)));
  }
}
