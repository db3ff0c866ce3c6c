import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';

/** Someone's email choices, by kind (only those that differ from the defaults) and by group. */
@Injectable()
@AccountData()
export class EmailSettingsAccountData implements AccountDataExporter {
  async export(owner: AccountOwner, manager: EntityManager) {
    const userId = owner.user.id;
    const [settings] = (await manager.query(`SELECT kinds FROM email_settings WHERE user_id = $1`, [userId])) as Array<{
      kinds: Record<string, string>;
    }>;
    const groups = (await manager.query(
      `SELECT g.slug AS "groupSlug", s.frequency FROM group_email_settings s JOIN groups g ON g.id = s.group_id
        WHERE s.user_id = $1 ORDER BY g.slug`,
      [userId],
    )) as Array<{ groupSlug: string; frequency: string }>;
    return { emailSettings: { kinds: settings?.kinds ?? {}, groups } };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    for (const table of ['email_settings', 'group_email_settings']) {
      await manager.query(`DELETE FROM ${table} WHERE user_id = $1`, [userId]);
    }
  }
}
