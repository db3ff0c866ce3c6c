import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';

/**
 * The emails sent to someone: what kind, when, and how it went (never their content). Erasure removes the
 * address and the content, and what was still waiting to go out is not sent.
 */
@Injectable()
@AccountData()
export class EmailsAccountData implements AccountDataExporter {
  async export(owner: AccountOwner, manager: EntityManager) {
    const emails = (await manager.query(
      `SELECT kind, state, created_at, sent_at FROM emails WHERE user_id = $1 ORDER BY created_at`,
      [owner.user.id],
    )) as Array<{ kind: string; state: string; created_at: Date; sent_at: Date | null }>;
    return {
      emails: emails.map((email) => ({
        kind: email.kind,
        state: email.state,
        createdAt: email.created_at.toISOString(),
        sentAt: email.sent_at?.toISOString() ?? null,
      })),
    };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE emails SET to_address = $2, payload = '{}',
              error = CASE WHEN state IN ('queued', 'sending') THEN 'the account was erased' ELSE error END,
              state = CASE WHEN state IN ('queued', 'sending') THEN 'skipped' ELSE state END
        WHERE user_id = $1`,
      [userId, `erased-${userId}@erased.invalid`],
    );
  }
}
