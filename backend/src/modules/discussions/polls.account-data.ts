import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { anonymiseBallots, pollsOfPerson } from './polls.repository';

/**
 * The polls someone made and the votes they cast (anonymous polls included: the vote is theirs). Erasure
 * keeps their votes counted and no longer theirs; the polls they made stay, as their messages do.
 */
@Injectable()
@AccountData()
export class PollsAccountData implements AccountDataExporter {
  async export(owner: AccountOwner, manager: EntityManager) {
    const { created, votes } = await pollsOfPerson(manager, owner.user.id);
    return {
      polls: {
        created: created.map((poll) => ({
          ...poll,
          closesAt: poll.closesAt?.toISOString() ?? null,
          closedAt: poll.closedAt?.toISOString() ?? null,
          createdAt: poll.createdAt.toISOString(),
        })),
        votes: votes.map((vote) => ({ ...vote, chosen: vote.chosen ?? [], votedAt: vote.votedAt.toISOString() })),
      },
    };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await anonymiseBallots(manager, userId);
  }
}
