import { Injectable } from '@nestjs/common';
import { SECURITY_LIMITS } from '@pn/shared';
import { createHash, randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { recoveryCodesRepository as stored } from './recovery-codes.repository';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

function hashCode(normalised: string): string {
  return createHash('sha256').update(normalised).digest('hex');
}

/** Ten single-use codes for when the second factor is lost: 16 base32 characters (80 bits) each. */
@Injectable()
export class RecoveryCodesService {
  /** Replaces the person's codes with new ones, returned once as `xxxx-xxxx-xxxx-xxxx`. */
  async replace(manager: EntityManager, userId: string): Promise<string[]> {
    await stored.removeAll(manager, userId);
    const codes = Array.from({ length: SECURITY_LIMITS.recoveryCodes }, () =>
      Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
    );
    await stored.insert(manager, userId, codes.map(hashCode));
    return codes.map((code) => code.match(/.{4}/g)!.join('-'));
  }

  /** Uses a code (as normalised by the shared schema) if it is one of the person's unused ones. */
  async use(manager: EntityManager, userId: string, normalised: string): Promise<boolean> {
    return stored.use(manager, userId, hashCode(normalised));
  }

  countLeft(manager: EntityManager, userId: string): Promise<number> {
    return stored.countUnused(manager, userId);
  }

  async removeAll(manager: EntityManager, userId: string): Promise<void> {
    await stored.removeAll(manager, userId);
  }
}
