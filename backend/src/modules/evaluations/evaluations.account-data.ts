import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { viewerOf } from '../practices/practice-access.service';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { EvaluationEntity } from './evaluation.entity';
import { toEvaluation } from './evaluations.mapper';
import { canEditEvaluation } from './evaluations.policy';

/** The evaluations a person posted; they stay after erasure, under "Former member". */
@Injectable()
@AccountData()
export class EvaluationsAccountData implements AccountDataExporter {
  async export(owner: AccountOwner, manager: EntityManager) {
    const evaluations = await manager.find(EvaluationEntity, {
      where: { authorId: owner.user.id },
      relations: { outcomes: true, author: true },
      order: { createdAt: 'ASC' },
    });
    const viewer = viewerOf(owner.user);
    return {
      evaluations: evaluations.map((evaluation) => toEvaluation(evaluation, canEditEvaluation(evaluation, viewer))),
    };
  }

  async erase(): Promise<void> {}
}
