import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { toResearchQuestion } from './research-questions.mapper';
import { researchQuestionsRepository as questions } from './research-questions.repository';

/**
 * The questions a person raised (they stay after erasure, under "Former member": others voted and work on
 * them), and their votes and follows, which go.
 */
@Injectable()
@AccountData()
export class ResearchQuestionsAccountData implements AccountDataExporter {
  async export(owner: AccountOwner, manager: EntityManager) {
    const raised = await questions.raisedBy(manager, owner.user.id);
    const memberships = await questions.membershipsOf(manager, owner.user.id);
    return { researchQuestions: { raised: raised.map(toResearchQuestion), ...memberships } };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await questions.removeMembershipsOf(manager, userId);
  }
}
