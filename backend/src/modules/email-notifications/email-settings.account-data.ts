import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { emailSettingsRepository as settings } from './email-settings.repository';

/** Someone's email choices, by kind (only those that differ from the defaults) and by group. */
@Injectable()
@AccountData()
export class EmailSettingsAccountData implements AccountDataExporter {
  async export(owner: AccountOwner, manager: EntityManager) {
    const userId = owner.user.id;
    const kinds = (await settings.kinds(manager, userId)) as Record<string, string> | undefined;
    const groups = await settings.groupsBySlug(manager, userId);
    return { emailSettings: { kinds: kinds ?? {}, groups } };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await settings.deleteAll(manager, userId);
  }
}
