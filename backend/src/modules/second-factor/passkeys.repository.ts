import type { EntityManager } from 'typeorm';
import { PasskeyEntity } from './passkey.entity';

/** The passkeys' reads and writes; the second-factor service decides and passes its transaction's manager. */
export const passkeysRepository = {
  /** The person's passkeys, oldest first when `ordered`. */
  of(manager: EntityManager, userId: string, ordered = false): Promise<PasskeyEntity[]> {
    return manager.find(PasskeyEntity, { where: { userId }, ...(ordered ? { order: { createdAt: 'ASC' } } : {}) });
  },

  /** The passkey with this credential id (of this person, when given), locked until the transaction ends. */
  lockByCredential(manager: EntityManager, credentialId: string, userId?: string): Promise<PasskeyEntity | null> {
    return manager.findOne(PasskeyEntity, {
      where: { credentialId, ...(userId ? { userId } : {}) },
      lock: { mode: 'pessimistic_write' },
    });
  },

  credentialTaken(manager: EntityManager, credentialId: string): Promise<boolean> {
    return manager.exists(PasskeyEntity, { where: { credentialId } });
  },

  insert(manager: EntityManager, fields: Partial<PasskeyEntity>): Promise<PasskeyEntity> {
    return manager.save(manager.create(PasskeyEntity, fields));
  },

  ownedBy(manager: EntityManager, id: string, userId: string): Promise<PasskeyEntity | null> {
    return manager.findOneBy(PasskeyEntity, { id, userId });
  },

  async remove(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(PasskeyEntity, { id });
  },

  /** A sign-in used the passkey: its counter moves on. */
  async used(manager: EntityManager, id: string, counter: number, backedUp: boolean): Promise<void> {
    await manager.update(PasskeyEntity, { id }, { counter: String(counter), backedUp, lastUsedAt: new Date() });
  },
};
