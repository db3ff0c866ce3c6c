import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { emailsRepository as emails } from './emails.repository';

/**
 * The emails sent to someone: what kind, when, and how it went (never their content). Erasure removes the
 * address and the content, and what was still waiting to go out is not sent.
 */
@Injectable()
@AccountData()
export class EmailsAccountData implements AccountDataExporter {
  async export(owner: AccountOwner, manager: EntityManager) {
    const sent = await emails.ofUser(manager, owner.user.id);
    return {
      emails: sent.map((email) => ({
        kind: email.kind,
        state: email.state,
        createdAt: email.created_at.toISOString(),
        sentAt: email.sent_at?.toISOString() ?? null,
      })),
    };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await emails.anonymiseFor(manager, userId, `erased-${userId}@erased.invalid`);
  }
}
