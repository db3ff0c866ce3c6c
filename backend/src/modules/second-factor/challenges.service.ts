import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { LessThan, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { CHALLENGE_TTL_SECONDS } from '../rate-limits/limits';
import { AuthChallengeEntity, type ChallengeKind } from './auth-challenge.entity';

export interface IssuedChallenge {
  /** Handed to the client, and the WebAuthn challenge of a ceremony: base64url of `bytes`. */
  token: string;
  bytes: Uint8Array<ArrayBuffer>;
}

function hashChallenge(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Single-use, short-lived challenges, stored as hashes. */
@Injectable()
export class ChallengesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async issue(kind: ChallengeKind, userId: string | null, manager?: EntityManager): Promise<IssuedChallenge> {
    const repository = (manager ?? this.dataSource.manager).getRepository(AuthChallengeEntity);
    // Expired challenges are swept as new ones come; an index on expires_at keeps this cheap.
    await repository.delete({ expiresAt: LessThan(new Date()) });
    const bytes = randomBytes(32);
    const token = bytes.toString('base64url');
    await repository.insert({
      kind,
      userId,
      tokenHash: hashChallenge(token),
      expiresAt: new Date(Date.now() + CHALLENGE_TTL_SECONDS * 1000),
    });
    return { token, bytes: new Uint8Array(bytes) };
  }

  /** The live challenge of this kind for a token, without using it up. */
  find(kind: ChallengeKind, token: string, manager?: EntityManager): Promise<AuthChallengeEntity | null> {
    return (manager ?? this.dataSource.manager).findOneBy(AuthChallengeEntity, {
      kind,
      tokenHash: hashChallenge(token),
      expiresAt: MoreThan(new Date()),
    });
  }

  /** Uses the challenge up: true for the one caller that did, false if it was used or expired meanwhile. */
  async take(manager: EntityManager, id: string): Promise<boolean> {
    const result = await manager.delete(AuthChallengeEntity, { id, expiresAt: MoreThan(new Date()) });
    return (result.affected ?? 0) > 0;
  }

  async discard(id: string): Promise<void> {
    await this.dataSource.manager.delete(AuthChallengeEntity, { id });
  }
}
