import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { viewerOf } from '../practices/practice-access.service';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { toEvaluation } from './evaluations.mapper';
import { rightsOn } from './evaluations.policy';
import { evaluationsRepository } from './evaluations.repository';

/** The evaluations a person posted; they stay after erasure, under "Former member". */
@Injectable()
@AccountData()
export class EvaluationsAccountData implements AccountDataExporter {
  async export(owner: AccountOwner, manager: EntityManager) {
    const evaluations = await evaluationsRepository.authoredBy(manager, owner.user.id);
    const viewer = viewerOf(owner.user);
    return {
      evaluations: evaluations.map((evaluation) =>
        toEvaluation(evaluation, rightsOn(evaluation, { authorId: null }, viewer)),
      ),
    };
  }

  async erase(): Promise<void> {}
}
