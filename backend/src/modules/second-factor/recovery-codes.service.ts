import { Injectable } from '@nestjs/common';
import { SECURITY_LIMITS } from '@pn/shared';
import { createHash, randomInt } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import { RecoveryCodeEntity } from './recovery-code.entity';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

function hashCode(normalised: string): string {
  return createHash('sha256').update(normalised).digest('hex');
}

/** Ten single-use codes for when the second factor is lost: 16 base32 characters (80 bits) each. */
@Injectable()
export class RecoveryCodesService {
  /** Replaces the person's codes with new ones, returned once as `xxxx-xxxx-xxxx-xxxx`. */
  async replace(manager: EntityManager, userId: string): Promise<string[]> {
    await manager.delete(RecoveryCodeEntity, { userId });
    const codes = Array.from({ length: SECURITY_LIMITS.recoveryCodes }, () =>
      Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
    );
    await manager.insert(
      RecoveryCodeEntity,
      codes.map((code) => ({ userId, codeHash: hashCode(code) })),
    );
    return codes.map((code) => code.match(/.{4}/g)!.join('-'));
  }

  /** Uses a code (as normalised by the shared schema) if it is one of the person's unused ones. */
  async use(manager: EntityManager, userId: string, normalised: string): Promise<boolean> {
    const result = await manager.update(
      RecoveryCodeEntity,
      { userId, codeHash: hashCode(normalised), usedAt: IsNull() },
      { usedAt: new Date() },
    );
    return (result.affected ?? 0) > 0;
  }

  countLeft(manager: EntityManager, userId: string): Promise<number> {
    return manager.count(RecoveryCodeEntity, { where: { userId, usedAt: IsNull() } });
  }

  async removeAll(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(RecoveryCodeEntity, { userId });
  }
}
