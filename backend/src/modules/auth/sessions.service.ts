import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Role } from '@pn/shared';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager, Repository } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { RealtimeService } from '../realtime/realtime.service';
import { PLAIN_MEMBER_ROLE, secondFactorEnrolledSql, withheldRole } from '../second-factor/second-factor.policy';
import { UserEntity } from '../users/user.entity';
import { SessionEntity } from './session.entity';

export interface ResolvedSession {
  session: SessionEntity;
  /** The account as it may act: a role withheld for want of a second factor is replaced by a plain member's. */
  user: UserEntity;
  /** The account as stored. */
  account: UserEntity;
  /** The role it has but may not use until it enrols a second factor (REQUIRE_2FA_ROLES), or null. */
  withheldRole: Role | null;
}

export interface IssuedSession {
  session: SessionEntity;
  /** The bearer token, shown once; only its hash is stored. */
  token: string;
}

/** Refreshing last_seen_at on every request would make every read a write; once a minute is enough. */
const LAST_SEEN_PRECISION_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly realtime: RealtimeService,
  ) {}

  async issue(
    userId: string,
    userAgent: string | undefined,
    manager?: EntityManager,
    ip?: string,
  ): Promise<IssuedSession> {
    const token = randomBytes(32).toString('base64url');
    const repository = manager ? manager.getRepository(SessionEntity) : this.sessions;
    const session = await repository.save(
      repository.create({
        userId,
        tokenHash: hashToken(token),
        csrfToken: randomBytes(24).toString('base64url'),
        expiresAt: new Date(Date.now() + this.config.SESSION_TTL_DAYS * 86_400_000),
        userAgent: userAgent?.slice(0, 500) ?? null,
        ip: ip ?? null,
      }),
    );
    return { session, token };
  }

  /**
   * The live session and its user for a token, or null when it is unknown, expired or its account suspended.
   * A role that needs a second factor the account has not enrolled is withheld: the account acts as a plain
   * member until it enrols one.
   */
  async resolve(token: string): Promise<ResolvedSession | null> {
    if (token.length > 200) return null;
    // One query on every authenticated request: a query builder join, not findOne, which adds a second
    // query to paginate when relations are loaded; whether a second factor is enrolled comes with it.
    const { entities, raw } = await this.sessions
      .createQueryBuilder('session')
      .innerJoinAndSelect('session.user', 'user')
      .addSelect(secondFactorEnrolledSql('session.user_id'), 'second_factor_enrolled')
      .where('session.token_hash = :hash AND session.expires_at > now()', { hash: hashToken(token) })
      .getRawAndEntities();
    const session = entities[0];
    if (!session?.user || session.user.status === 'suspended' || session.user.erasedAt) return null;
    if (Date.now() - session.lastSeenAt.getTime() > LAST_SEEN_PRECISION_MS) {
      await this.sessions.update(session.id, { lastSeenAt: new Date() });
    }
    const { user: account, ...rest } = session;
    const enrolled = Boolean((raw[0] as { second_factor_enrolled?: boolean }).second_factor_enrolled);
    const withheld = withheldRole(account.role, enrolled, this.config.REQUIRE_2FA_ROLES);
    return {
      session: Object.assign(new SessionEntity(), rest),
      user: withheld ? Object.assign(new UserEntity(), account, { role: PLAIN_MEMBER_ROLE }) : account,
      account,
      withheldRole: withheld,
    };
  }

  async end(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
    this.realtime.disconnectSession(sessionId);
  }

  /**
   * Ends every session of a user (suspension, erasure), or all but one (password change), and closes
   * their sockets: a socket must not outlive the session that opened it.
   */
  async endAllFor(userId: string, manager: EntityManager, exceptSessionId?: string): Promise<number> {
    const query = manager
      .createQueryBuilder()
      .delete()
      .from(SessionEntity)
      .where('user_id = :userId', { userId })
      .returning('id');
    if (exceptSessionId) query.andWhere('id <> :exceptSessionId', { exceptSessionId });
    const result = await query.execute();
    const ended = result.raw as Array<{ id: string }>;
    for (const row of ended) this.realtime.disconnectSession(row.id);
    return ended.length;
  }

  listFor(userId: string): Promise<SessionEntity[]> {
    return this.sessions.find({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  /** The person's live sessions, the most recently used first. */
  listLive(userId: string): Promise<SessionEntity[]> {
    return this.sessions
      .createQueryBuilder('session')
      .where('session.user_id = :userId AND session.expires_at > now()', { userId })
      .orderBy('session.last_seen_at', 'DESC')
      .addOrderBy('session.id', 'ASC')
      .getMany();
  }

  /** Ends one of the person's own sessions; another's, or an unknown one, is a 404. */
  async endOwn(userId: string, sessionId: string): Promise<void> {
    const result = await this.sessions.delete({ id: sessionId, userId });
    if (!result.affected) throw new NotFoundException('no session of yours with this id');
    this.realtime.disconnectSession(sessionId);
  }
}
