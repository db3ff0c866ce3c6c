import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Outbox } from '../mail/outbox.service';
import type { UserEntity } from '../users/user.entity';

type Recipient = Pick<UserEntity, 'id' | 'email' | 'locale' | 'displayName' | 'timeZone'>;

/**
 * Emails about the safety of an account: sent whatever the member's settings, with no unsubscribe, in the
 * transaction of the change they report.
 */
@Injectable()
export class SecurityNoticesService {
  constructor(private readonly outbox: Outbox) {}

  async newSignIn(
    manager: EntityManager,
    user: Recipient,
    sign: { userAgent: string | null; ip: string | null; sessionId: string },
  ): Promise<void> {
    await this.send(manager, user, 'new-sign-in', `new-sign-in:${sign.sessionId}`, {
      userAgent: sign.userAgent,
      ip: sign.ip,
      at: new Date().toISOString(),
    });
  }

  async passwordChanged(manager: EntityManager, user: Recipient, via: 'reset' | 'profile'): Promise<void> {
    await this.send(manager, user, 'password-changed', `password-changed:${user.id}:${randomUUID()}`, {
      via,
      at: new Date().toISOString(),
    });
  }

  /**
   * A second factor (an authenticator app, a passkey) was added to or removed from an account. Call it in
   * the transaction that adds or removes it.
   */
  async secondFactorChanged(
    manager: EntityManager,
    user: Recipient,
    change: 'added' | 'removed',
    method: 'totp' | 'passkey' | 'recovery-codes',
  ): Promise<void> {
    await this.send(manager, user, 'second-factor-changed', `second-factor:${user.id}:${randomUUID()}`, {
      change,
      method,
      at: new Date().toISOString(),
    });
  }

  private async send(
    manager: EntityManager,
    user: Recipient,
    kind: 'new-sign-in' | 'password-changed' | 'second-factor-changed',
    dedupeKey: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    await this.outbox.enqueue(manager, {
      kind,
      to: user.email,
      userId: user.id,
      locale: user.locale,
      dedupeKey,
      payload: { displayName: user.displayName, timeZone: user.timeZone, ...payload },
    });
  }
}
