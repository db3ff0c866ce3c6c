import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager, Repository } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { RealtimeService } from '../realtime/realtime.service';
import { UserEntity } from '../users/user.entity';
import { SessionEntity } from './session.entity';

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

  async issue(userId: string, userAgent: string | undefined, manager?: EntityManager): Promise<IssuedSession> {
    const token = randomBytes(32).toString('base64url');
    const repository = manager ? manager.getRepository(SessionEntity) : this.sessions;
    const session = await repository.save(
      repository.create({
        userId,
        tokenHash: hashToken(token),
        csrfToken: randomBytes(24).toString('base64url'),
        expiresAt: new Date(Date.now() + this.config.SESSION_TTL_DAYS * 86_400_000),
        userAgent: userAgent?.slice(0, 500) ?? null,
      }),
    );
    return { session, token };
  }

  /** The live session and its user for a token, or null when it is unknown, expired or its account suspended. */
  async resolve(token: string): Promise<{ session: SessionEntity; user: UserEntity } | null> {
    if (token.length > 200) return null;
    // One query on every authenticated request: a query builder join, not findOne, which adds a second
    // query to paginate when relations are loaded.
    const session = await this.sessions
      .createQueryBuilder('session')
      .innerJoinAndSelect('session.user', 'user')
      .where('session.token_hash = :hash AND session.expires_at > now()', { hash: hashToken(token) })
      .getOne();
    if (!session?.user || session.user.status === 'suspended' || session.user.erasedAt) return null;
    if (Date.now() - session.lastSeenAt.getTime() > LAST_SEEN_PRECISION_MS) {
      await this.sessions.update(session.id, { lastSeenAt: new Date() });
    }
    const { user, ...rest } = session;
    return { session: Object.assign(new SessionEntity(), rest), user };
  }

  async end(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
    this.realtime.disconnectSession(sessionId);
  }

  /**
   * Ends every session of a user (suspension, erasure), or all but one (password change), and closes
   * their sockets: a socket must not outlive the session that opened it.
   */
  async endAllFor(userId: string, manager: EntityManager, exceptSessionId?: string): Promise<void> {
    const query = manager
      .createQueryBuilder()
      .delete()
      .from(SessionEntity)
      .where('user_id = :userId', { userId })
      .returning('id');
    if (exceptSessionId) query.andWhere('id <> :exceptSessionId', { exceptSessionId });
    const result = await query.execute();
    for (const row of result.raw as Array<{ id: string }>) this.realtime.disconnectSession(row.id);
  }

  listFor(userId: string): Promise<SessionEntity[]> {
    return this.sessions.find({ where: { userId }, order: { createdAt: 'DESC' } });
  }
}
