import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { PasskeyEntity } from './passkey.entity';
import { toPasskey } from './passkeys.mapper';

/** The passkeys someone registered: names and dates (their keys stay on their devices). */
@Injectable()
@AccountData()
export class PasskeysAccountData implements AccountDataExporter {
  async export(owner: AccountOwner, manager: EntityManager) {
    const passkeys = await manager.find(PasskeyEntity, {
      where: { userId: owner.user.id },
      order: { createdAt: 'ASC' },
    });
    return { passkeys: passkeys.map(toPasskey) };
  }

  /** An erased account signs in no more: its passkeys stay, unusable, as they always have. */
  async erase(): Promise<void> {}
}
