import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { SessionsService } from './sessions.service';

/** A person's sessions in their export; erasure ends them all. */
@Injectable()
@AccountData()
export class SessionsAccountData implements AccountDataExporter {
  constructor(private readonly sessions: SessionsService) {}

  async export(owner: AccountOwner) {
    const sessions = await this.sessions.listFor(owner.user.id);
    return {
      sessions: sessions.map((session) => ({
        id: session.id,
        createdAt: session.createdAt.toISOString(),
        lastSeenAt: session.lastSeenAt.toISOString(),
        expiresAt: session.expiresAt.toISOString(),
        userAgent: session.userAgent,
        ip: session.ip,
        current: session.id === owner.sessionId,
      })),
    };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await this.sessions.endAllFor(userId, manager);
  }
}
