import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { EntityManager } from 'typeorm';
import { AccountSessions } from '../users/account-sessions';
import { clearSessionCookies } from './auth.cookies';
import { SessionsService } from './sessions.service';

/** The sessions as the users module needs them (a password change, an erasure). */
@Injectable()
export class AuthAccountSessions extends AccountSessions {
  constructor(private readonly sessions: SessionsService) {
    super();
  }

  endAllFor(userId: string, manager: EntityManager, exceptSessionId?: string): Promise<number> {
    return this.sessions.endAllFor(userId, manager, exceptSessionId);
  }

  clearCookies(reply: FastifyReply): void {
    clearSessionCookies(reply);
  }
}
