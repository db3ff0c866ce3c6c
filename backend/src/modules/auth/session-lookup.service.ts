import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@pn/shared';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import {
  isEnrolled,
  PLAIN_MEMBER_ROLE,
  withheldRole,
  type SecondFactorFacts,
} from '../second-factor/second-factor.policy';
import { UserEntity } from '../users/user.entity';
import type { SessionEntity } from './session.entity';
import { SessionLookupStatement, sessionIsLive } from './sessions.repository';

export interface ResolvedSession {
  session: SessionEntity;
  /** The account as it may act: a role withheld for want of a second factor is replaced by a plain member's. */
  user: UserEntity;
  /** The account as stored. */
  account: UserEntity;
  /** The role it has but may not use until it enrols a second factor (REQUIRE_2FA_ROLES), or null. */
  withheldRole: Role | null;
  /** What the account has of second factors, read with the session. */
  secondFactor: SecondFactorFacts;
}

/** Refreshing last_seen_at on every request would make every read a write; once a minute is enough. */
const LAST_SEEN_PRECISION_SECONDS = 60;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Who a session token stands for, on every request and socket handshake. Depends on nothing that pushes
 * events, so that the socket gateway's access can use it too.
 */
@Injectable()
export class SessionLookupService {
  private statement?: SessionLookupStatement;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The live session and its user for a token, or null when it is unknown, expired or its account suspended
   * or erased. A role that needs a second factor the account has not enrolled is withheld: the account acts
   * as a plain member until it enrols one. One statement.
   */
  async resolve(token: string): Promise<ResolvedSession | null> {
    if (token.length > 200) return null;
    this.statement ??= new SessionLookupStatement(this.dataSource, LAST_SEEN_PRECISION_SECONDS);
    const found = await this.statement.find(hashToken(token));
    if (!found || found.account.status === 'suspended' || found.account.erasedAt) return null;
    const { session, account, secondFactor } = found;
    const withheld = withheldRole(account.role, isEnrolled(secondFactor), this.config.REQUIRE_2FA_ROLES);
    return {
      session,
      user: withheld ? Object.assign(new UserEntity(), account, { role: PLAIN_MEMBER_ROLE }) : account,
      account,
      withheldRole: withheld,
      secondFactor,
    };
  }

  /** Whether a session still stands: not ended, its account neither suspended nor erased. */
  isLive(sessionId: string): Promise<boolean> {
    return sessionIsLive(this.dataSource.manager, sessionId);
  }
}
