import { ConflictException, Inject, Injectable } from '@nestjs/common';
import type { TotpEnrolment } from '@pn/shared';
import { generateSecret, generateURI, verify } from 'otplib';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { SecretBox } from './secret-box';
import { totpCredentialsRepository as credentials } from './totp-credentials.repository';

/** What authenticator apps show above the codes. */
export const TOTP_ISSUER = 'Prevention Network';
/** One step either side of now (30 s each), for clocks that drift and codes typed in the last second. */
const TOLERANCE_SECONDS = 30;

/** Authenticator apps (RFC 6238: 6 digits, 30 seconds, SHA-1, which every app supports), with otplib. */
@Injectable()
export class TotpService {
  private readonly box: SecretBox;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.box = new SecretBox(config.TOTP_ENCRYPTION_KEY);
  }

  /** A new secret, pending until a code from the app confirms it; a pending one is replaced. */
  async begin(manager: EntityManager, user: { id: string; email: string }): Promise<TotpEnrolment> {
    const existing = await credentials.lock(manager, user.id);
    if (existing?.confirmedAt) {
      throw new ConflictException('an authenticator app is already set up: remove it before setting up another');
    }
    const secret = generateSecret();
    await credentials.putPending(manager, user.id, this.box.seal(secret));
    return { secret, otpauthUrl: generateURI({ issuer: TOTP_ISSUER, label: user.email, secret }) };
  }

  /**
   * Accepts a code once: it must match the confirmed app (or, with `confirming`, the pending one) and belong
   * to a later time step than the last code accepted, so that a code seen over a shoulder cannot be replayed.
   * Call it in the transaction that acts on the answer; the row is locked until then.
   */
  async accept(manager: EntityManager, userId: string, code: string, confirming = false): Promise<boolean> {
    const row = await credentials.lock(manager, userId);
    if (!row || Boolean(row.confirmedAt) === confirming) return false;
    const result = await verify({
      secret: this.box.open(row.secret),
      token: code,
      epochTolerance: TOLERANCE_SECONDS,
      ...(row.lastUsedStep === null ? {} : { afterTimeStep: Number(row.lastUsedStep) }),
    });
    if (!result.valid || !('timeStep' in result)) return false;
    await credentials.used(manager, userId, result.timeStep, confirming);
    return true;
  }

  async state(manager: EntityManager, userId: string): Promise<'none' | 'pending' | 'confirmed'> {
    const row = await credentials.confirmation(manager, userId);
    return !row ? 'none' : row.confirmedAt ? 'confirmed' : 'pending';
  }

  /** Removes the app, confirmed or pending; false when there was none. */
  async remove(manager: EntityManager, userId: string): Promise<boolean> {
    return credentials.remove(manager, userId);
  }

  /** The stored form of a secret, for seeding a known one. */
  seal(secret: string): string {
    return this.box.seal(secret);
  }
}
