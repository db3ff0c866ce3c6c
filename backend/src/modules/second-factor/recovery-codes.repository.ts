import { IsNull, type EntityManager } from 'typeorm';
import { RecoveryCodeEntity } from './recovery-code.entity';

/** The recovery codes' reads and writes, by hash: the service makes the codes and hashes them. */
export const recoveryCodesRepository = {
  async removeAll(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(RecoveryCodeEntity, { userId });
  },

  async insert(manager: EntityManager, userId: string, codeHashes: string[]): Promise<void> {
    await manager.insert(
      RecoveryCodeEntity,
      codeHashes.map((codeHash) => ({ userId, codeHash })),
    );
  },

  /** Marks the unused code with this hash used: false when the person has no such unused code. */
  async use(manager: EntityManager, userId: string, codeHash: string): Promise<boolean> {
    const result = await manager.update(
      RecoveryCodeEntity,
      { userId, codeHash, usedAt: IsNull() },
      { usedAt: new Date() },
    );
    return (result.affected ?? 0) > 0;
  },

  countUnused(manager: EntityManager, userId: string): Promise<number> {
    return manager.count(RecoveryCodeEntity, { where: { userId, usedAt: IsNull() } });
  },
};
