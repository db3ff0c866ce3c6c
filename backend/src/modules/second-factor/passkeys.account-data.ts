import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { toPasskey } from './passkeys.mapper';
import { passkeysRepository } from './passkeys.repository';

/** The passkeys someone registered: names and dates (their keys stay on their devices). */
@Injectable()
@AccountData()
export class PasskeysAccountData implements AccountDataExporter {
  async export(owner: AccountOwner, manager: EntityManager) {
    return { passkeys: (await passkeysRepository.of(manager, owner.user.id, true)).map(toPasskey) };
  }

  /** An erased account signs in no more: its passkeys stay, unusable, as they always have. */
  async erase(): Promise<void> {}
}
