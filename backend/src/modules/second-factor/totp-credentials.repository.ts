import type { EntityManager } from 'typeorm';
import { TotpCredentialEntity } from './totp-credential.entity';

/** The authenticator apps' reads and writes; the TOTP service checks the codes and passes its manager. */
export const totpCredentialsRepository = {
  /** The person's app, confirmed or pending, locked until the transaction ends. */
  lock(manager: EntityManager, userId: string): Promise<TotpCredentialEntity | null> {
    return manager.findOne(TotpCredentialEntity, { where: { userId }, lock: { mode: 'pessimistic_write' } });
  },

  /** Stores a new pending app, replacing a pending one. */
  async putPending(manager: EntityManager, userId: string, sealedSecret: string): Promise<void> {
    await manager.upsert(
      TotpCredentialEntity,
      { userId, secret: sealedSecret, confirmedAt: null, lastUsedStep: null },
      ['userId'],
    );
  },

  /** A code of this time step was accepted (and, when `confirming`, the pending app is confirmed by it). */
  async used(manager: EntityManager, userId: string, timeStep: number, confirming: boolean): Promise<void> {
    await manager.update(
      TotpCredentialEntity,
      { userId },
      { lastUsedStep: String(timeStep), ...(confirming ? { confirmedAt: new Date() } : {}) },
    );
  },

  /** Whether the person has an app and when it was confirmed, without its secret. */
  confirmation(manager: EntityManager, userId: string): Promise<Pick<TotpCredentialEntity, 'confirmedAt'> | null> {
    return manager.findOne(TotpCredentialEntity, {
      where: { userId },
      select: { userId: true, confirmedAt: true },
    });
  },

  /** Removes the app; false when there was none. */
  async remove(manager: EntityManager, userId: string): Promise<boolean> {
    const result = await manager.delete(TotpCredentialEntity, { userId });
    return (result.affected ?? 0) > 0;
  },
};
