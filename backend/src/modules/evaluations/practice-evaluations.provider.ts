import { Injectable } from '@nestjs/common';
import type { Evaluation } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import type { viewerOf } from '../practices/practice-access.service';
import { PracticeEvaluations } from '../practices/practice-evaluations';
import { toEvaluation } from './evaluations.mapper';
import { canEditEvaluation } from './evaluations.policy';
import { evaluationsRepository } from './evaluations.repository';

/** A practice's evaluations, oldest first, each saying whether the viewer may correct it. */
@Injectable()
export class EvaluationsOfPractice extends PracticeEvaluations {
  async of(manager: EntityManager, practiceId: string, viewer: ReturnType<typeof viewerOf>): Promise<Evaluation[]> {
    const evaluations = await evaluationsRepository.ofPractice(manager, practiceId);
    return evaluations.map((evaluation) => toEvaluation(evaluation, canEditEvaluation(evaluation, viewer)));
  }
}
