import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { CHALLENGE_TTL_SECONDS } from '../rate-limits/limits';
import type { AuthChallengeEntity, ChallengeKind } from './auth-challenge.entity';
import { challengesRepository as challenges } from './challenges.repository';

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
    const db = manager ?? this.dataSource.manager;
    // Expired challenges are swept as new ones come.
    await challenges.sweepExpired(db);
    const bytes = randomBytes(32);
    const token = bytes.toString('base64url');
    await challenges.insert(db, {
      kind,
      userId,
      tokenHash: hashChallenge(token),
      expiresAt: new Date(Date.now() + CHALLENGE_TTL_SECONDS * 1000),
    });
    return { token, bytes: new Uint8Array(bytes) };
  }

  /** The live challenge of this kind for a token, without using it up. */
  find(kind: ChallengeKind, token: string, manager?: EntityManager): Promise<AuthChallengeEntity | null> {
    return challenges.findLive(manager ?? this.dataSource.manager, kind, hashChallenge(token));
  }

  /** Uses the challenge up: true for the one caller that did, false if it was used or expired meanwhile. */
  async take(manager: EntityManager, id: string): Promise<boolean> {
    return challenges.takeLive(manager, id);
  }

  async discard(id: string): Promise<void> {
    await challenges.remove(this.dataSource.manager, id);
  }
}
