import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { RealtimeService } from '../realtime/realtime.service';
import type { SessionEntity } from './session.entity';
import { hashToken } from './session-lookup.service';
import {
  deleteOwnSession,
  deleteSession,
  deleteSessionsOf,
  insertSession,
  liveSessionsOf,
  sessionsOf,
} from './sessions.repository';

export interface IssuedSession {
  session: SessionEntity;
  /** The bearer token, shown once; only its hash is stored. */
  token: string;
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly realtime: RealtimeService,
  ) {}

  async issue(
    userId: string,
    userAgent: string | undefined,
    manager: EntityManager = this.dataSource.manager,
    ip?: string,
  ): Promise<IssuedSession> {
    const token = randomBytes(32).toString('base64url');
    const session = await insertSession(manager, {
      userId,
      tokenHash: hashToken(token),
      csrfToken: randomBytes(24).toString('base64url'),
      expiresAt: new Date(Date.now() + this.config.SESSION_TTL_DAYS * 86_400_000),
      userAgent: userAgent?.slice(0, 500) ?? null,
      ip: ip ?? null,
    });
    return { session, token };
  }

  async end(sessionId: string): Promise<void> {
    await deleteSession(this.dataSource.manager, sessionId);
    this.realtime.disconnectSession(sessionId);
  }

  /**
   * Ends every session of a user (suspension, erasure), or all but one (password change), and closes
   * their sockets: a socket must not outlive the session that opened it.
   */
  async endAllFor(userId: string, manager: EntityManager, exceptSessionId?: string): Promise<number> {
    const ended = await deleteSessionsOf(manager, userId, exceptSessionId);
    for (const id of ended) this.realtime.disconnectSession(id);
    return ended.length;
  }

  listFor(userId: string): Promise<SessionEntity[]> {
    return sessionsOf(this.dataSource.manager, userId);
  }

  /** The person's live sessions, the most recently used first. */
  listLive(userId: string): Promise<SessionEntity[]> {
    return liveSessionsOf(this.dataSource.manager, userId);
  }

  /** Ends one of the person's own sessions; another's, or an unknown one, is a 404. */
  async endOwn(userId: string, sessionId: string): Promise<void> {
    if (!(await deleteOwnSession(this.dataSource.manager, userId, sessionId))) {
      throw new NotFoundException('no session of yours with this id');
    }
    this.realtime.disconnectSession(sessionId);
  }
}
