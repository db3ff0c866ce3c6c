import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter } from '../users/account-data';
import { accountsRepository as accounts } from './accounts.repository';

/** Someone's known devices and pending links (confirmations, resets): personal data, erased with them. */
@Injectable()
@AccountData()
export class AccountsAccountData implements AccountDataExporter {
  /** Nothing of this module is in the export: device fingerprints and link tokens are secrets. */
  async export() {
    return {};
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await accounts.deleteDevicesAndTokens(manager, userId);
  }
}
