import { LessThan, MoreThan, type EntityManager } from 'typeorm';
import { AuthChallengeEntity, type ChallengeKind } from './auth-challenge.entity';

/** The challenges' reads and writes, by hash: the service makes the tokens and hashes them. */
export const challengesRepository = {
  /** Deletes the expired ones; an index on expires_at keeps this cheap. */
  async sweepExpired(manager: EntityManager): Promise<void> {
    await manager.delete(AuthChallengeEntity, { expiresAt: LessThan(new Date()) });
  },

  async insert(
    manager: EntityManager,
    fields: { kind: ChallengeKind; userId: string | null; tokenHash: string; expiresAt: Date },
  ): Promise<void> {
    await manager.insert(AuthChallengeEntity, fields);
  },

  /** The unexpired challenge of this kind with this hash. */
  findLive(manager: EntityManager, kind: ChallengeKind, tokenHash: string): Promise<AuthChallengeEntity | null> {
    return manager.findOneBy(AuthChallengeEntity, { kind, tokenHash, expiresAt: MoreThan(new Date()) });
  },

  /** Deletes the challenge if it has not expired: true for the one caller whose delete did it. */
  async takeLive(manager: EntityManager, id: string): Promise<boolean> {
    const result = await manager.delete(AuthChallengeEntity, { id, expiresAt: MoreThan(new Date()) });
    return (result.affected ?? 0) > 0;
  },

  async remove(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(AuthChallengeEntity, { id });
  },
};
