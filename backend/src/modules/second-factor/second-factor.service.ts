import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  PasskeyRegistered,
  RecoveryCodes,
  Role,
  SecondFactorMethod,
  SecondFactorRequired,
  SecondFactorStatus,
  TotpEnrolment,
  WebAuthnAssertion,
  WebAuthnCeremony,
  Passkey,
  registerPasskeySchema,
  secondFactorSchema,
} from '@pn/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { Auth } from '../auth/auth-context';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { SecurityNoticesService } from '../accounts/security-notices.service';
import { AuditService, type AuditRecord } from '../audit/audit.service';
import { PasswordService } from '../users/password.service';
import { SessionsService } from '../auth/sessions.service';
import { addressKey } from '../rate-limits/address-key';
import { RateLimitsService } from '../rate-limits/rate-limits.service';
import type { AuthChallengeEntity } from './auth-challenge.entity';
import { ChallengesService } from './challenges.service';
import type { PasskeyEntity } from './passkey.entity';
import { passkeysRepository as passkeys } from './passkeys.repository';
import { toPasskey } from './passkeys.mapper';
import { RecoveryCodesService } from './recovery-codes.service';
import { secondFactorFactsOf } from './second-factor-facts.repository';
import { isEnrolled, type SecondFactorFacts } from './second-factor.policy';
import { TotpService } from './totp.service';
import { WebAuthnService } from './webauthn.service';

type SecondFactorInput = z.output<typeof secondFactorSchema>;

/**
 * Second factors: enrolling and removing an authenticator app or passkeys, recovery codes, and checking a
 * second factor at sign-in. Enrolling or removing one ends the person's other sessions and is audited;
 * removing one, or replacing the recovery codes, asks for the password again.
 */
@Injectable()
export class SecondFactorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly totp: TotpService,
    private readonly recoveryCodes: RecoveryCodesService,
    private readonly challenges: ChallengesService,
    private readonly webauthn: WebAuthnService,
    private readonly limits: RateLimitsService,
    private readonly sessions: SessionsService,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly notices: SecurityNoticesService,
  ) {}

  /** The account's second factors, read in one statement (the session lookup reads them with every request). */
  async status(userId: string, role: Role): Promise<SecondFactorStatus> {
    return this.statusOf(await secondFactorFactsOf(this.dataSource.manager, userId), role);
  }

  statusOf(facts: SecondFactorFacts, role: Role): SecondFactorStatus {
    return { required: this.config.REQUIRE_2FA_ROLES.includes(role), enrolled: isEnrolled(facts), ...facts };
  }

  /** After a correct password: the challenge of the second step, or null when the account has no second factor. */
  async signInChallenge(userId: string): Promise<SecondFactorRequired | null> {
    const manager = this.dataSource.manager;
    const [facts, keys] = await Promise.all([secondFactorFactsOf(manager, userId), passkeys.of(manager, userId)]);
    if (!isEnrolled(facts)) return null;
    const methods: SecondFactorMethod[] = [];
    if (facts.totp) methods.push('totp');
    if (keys.length > 0) methods.push('webauthn');
    if (facts.recoveryCodesLeft > 0) methods.push('recovery-code');
    const challenge = await this.challenges.issue('second-factor', userId);
    return {
      secondFactor: 'required',
      challenge: challenge.token,
      methods,
      ...(keys.length > 0
        ? { webauthn: await this.webauthn.authenticationOptions(challenge.bytes, keys, 'preferred') }
        : {}),
    };
  }

  /**
   * Checks the second factor given for a sign-in challenge, in the transaction that then opens the session:
   * a TOTP code is accepted once, a recovery code is used up (and audited), a passkey's counter moves on.
   */
  async verifyAtSignIn(manager: EntityManager, challenge: AuthChallengeEntity, input: SecondFactorInput) {
    const userId = challenge.userId!;
    switch (input.method) {
      case 'totp':
        return this.totp.accept(manager, userId, input.code);
      case 'recovery-code': {
        if (!(await this.recoveryCodes.use(manager, userId, input.code))) return false;
        await this.record(manager, userId, 'user.recovery-code-use', {
          left: await this.recoveryCodes.countLeft(manager, userId),
        });
        return true;
      }
      case 'webauthn': {
        const passkey = await passkeys.lockByCredential(manager, input.assertion.id, userId);
        return passkey ? this.usePasskey(manager, passkey, input.assertion, input.challenge, false) : false;
      }
    }
  }

  /** A passwordless sign-in begins: any passkey of this site may answer (the browser offers the person's own). */
  async passwordlessCeremony(ip: string | undefined): Promise<WebAuthnCeremony> {
    await this.limits.consume('webauthn.address', addressKey(ip));
    const challenge = await this.challenges.issue('passkey-sign-in', null);
    return {
      challenge: challenge.token,
      options: await this.webauthn.authenticationOptions(challenge.bytes, null, 'required'),
    };
  }

  /**
   * The account a passwordless sign-in proves, or null. The passkey must have verified the person (PIN or
   * biometrics), so that it counts as both factors; the challenge is used up whatever the outcome.
   */
  async verifyPasswordless(
    manager: EntityManager,
    token: string,
    assertion: WebAuthnAssertion,
  ): Promise<string | null> {
    const challenge = await this.challenges.find('passkey-sign-in', token, manager);
    if (!challenge || !(await this.challenges.take(manager, challenge.id))) return null;
    const passkey = await passkeys.lockByCredential(manager, assertion.id);
    if (!passkey || !(await this.usePasskey(manager, passkey, assertion, token, true))) return null;
    return passkey.userId;
  }

  async beginTotp(auth: Auth): Promise<TotpEnrolment> {
    return this.dataSource.transaction((manager) => this.totp.begin(manager, auth.user));
  }

  async confirmTotp(auth: Auth, code: string): Promise<RecoveryCodes> {
    const userId = auth.user.id;
    const state = await this.totp.state(this.dataSource.manager, userId);
    if (state === 'none')
      throw new NotFoundException('no authenticator app is being set up: start with POST /api/users/me/totp');
    if (state === 'confirmed') throw new ConflictException('the authenticator app is already set up');
    await this.limits.assertAllowed(['second-factor.account', userId]);
    const codes = await this.dataSource.transaction(async (manager) => {
      if (!(await this.totp.accept(manager, userId, code, true))) return null;
      const recoveryCodes = await this.recoveryCodes.replace(manager, userId);
      await this.record(manager, userId, 'user.totp-enrol');
      await this.notices.secondFactorChanged(manager, auth.user, 'added', 'totp');
      await this.sessions.endAllFor(userId, manager, auth.session.id);
      return recoveryCodes;
    });
    if (!codes) {
      await this.limits.recordFailure(['second-factor.account', userId]);
      throw new BadRequestException(['code: is not the current code of your authenticator app']);
    }
    await this.limits.reset(['second-factor.account', userId]);
    return { recoveryCodes: codes };
  }

  async removeTotp(auth: Auth, password: string, ip: string | undefined): Promise<void> {
    await this.confirmPassword(auth, password, ip);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.totp.remove(manager, auth.user.id))) {
        throw new NotFoundException('no authenticator app is set up');
      }
      await this.afterRemoval(manager, auth, 'user.totp-remove');
      await this.notices.secondFactorChanged(manager, auth.user, 'removed', 'totp');
    });
  }

  async passkeyCeremony(auth: Auth, ip: string | undefined): Promise<WebAuthnCeremony> {
    await this.limits.consume('webauthn.address', addressKey(ip));
    const existing = await passkeys.of(this.dataSource.manager, auth.user.id);
    const challenge = await this.challenges.issue('passkey-registration', auth.user.id);
    return {
      challenge: challenge.token,
      options: await this.webauthn.registrationOptions(auth.user, challenge.bytes, existing),
    };
  }

  async registerPasskey(auth: Auth, body: z.output<typeof registerPasskeySchema>): Promise<PasskeyRegistered> {
    const userId = auth.user.id;
    const challenge = await this.challenges.find('passkey-registration', body.challenge);
    if (!challenge || challenge.userId !== userId) {
      throw new BadRequestException(['challenge: has expired or was not given to you: start again']);
    }
    const verified = await this.webauthn.verifyRegistration(body.credential, body.challenge);
    if (!verified) {
      await this.challenges.discard(challenge.id);
      throw new BadRequestException(['credential: could not be verified for this site and challenge']);
    }
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.challenges.take(manager, challenge.id))) {
        throw new BadRequestException(['challenge: has expired or was already used: start again']);
      }
      if (await passkeys.credentialTaken(manager, verified.credentialId)) {
        throw new BadRequestException(['credential: this passkey is already registered']);
      }
      const firstFactor = !(await this.isEnrolled(manager, userId));
      const passkey = await passkeys.insert(manager, {
        userId,
        credentialId: verified.credentialId,
        publicKey: verified.publicKey,
        counter: String(verified.counter),
        transports: verified.transports,
        backedUp: verified.backedUp,
        name: body.name,
        lastUsedAt: null,
      });
      const recoveryCodes = firstFactor ? await this.recoveryCodes.replace(manager, userId) : null;
      await this.record(manager, userId, 'user.passkey-add', { passkeyId: passkey.id, name: passkey.name });
      await this.notices.secondFactorChanged(manager, auth.user, 'added', 'passkey');
      await this.sessions.endAllFor(userId, manager, auth.session.id);
      return { passkey: toPasskey(passkey), recoveryCodes };
    });
  }

  async listPasskeys(userId: string): Promise<Passkey[]> {
    return (await passkeys.of(this.dataSource.manager, userId, true)).map(toPasskey);
  }

  async removePasskey(auth: Auth, id: string, password: string, ip: string | undefined): Promise<void> {
    await this.confirmPassword(auth, password, ip);
    await this.dataSource.transaction(async (manager) => {
      const passkey = await passkeys.ownedBy(manager, id, auth.user.id);
      if (!passkey) throw new NotFoundException('no passkey of yours with this id');
      await passkeys.remove(manager, id);
      await this.afterRemoval(manager, auth, 'user.passkey-remove', { passkeyId: id, name: passkey.name });
      await this.notices.secondFactorChanged(manager, auth.user, 'removed', 'passkey');
    });
  }

  async replaceRecoveryCodes(auth: Auth, password: string, ip: string | undefined): Promise<RecoveryCodes> {
    await this.confirmPassword(auth, password, ip);
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.isEnrolled(manager, auth.user.id))) {
        throw new NotFoundException(
          'recovery codes come with a second factor: set up an authenticator app or a passkey first',
        );
      }
      const recoveryCodes = await this.recoveryCodes.replace(manager, auth.user.id);
      await this.record(manager, auth.user.id, 'user.recovery-codes-regenerate');
      await this.notices.secondFactorChanged(manager, auth.user, 'added', 'recovery-codes');
      return { recoveryCodes };
    });
  }

  private async isEnrolled(manager: EntityManager, userId: string): Promise<boolean> {
    return isEnrolled(await secondFactorFactsOf(manager, userId));
  }

  private async usePasskey(
    manager: EntityManager,
    passkey: PasskeyEntity,
    assertion: WebAuthnAssertion,
    challenge: string,
    requireUserVerification: boolean,
  ): Promise<boolean> {
    const verified = await this.webauthn.verifyAssertion(assertion, challenge, passkey, requireUserVerification);
    if (!verified) return false;
    await passkeys.used(manager, passkey.id, verified.counter, verified.backedUp);
    return true;
  }

  /** After a factor is gone: the other sessions end, and recovery codes go with the last factor. */
  private async afterRemoval(
    manager: EntityManager,
    auth: Auth,
    action: 'user.totp-remove' | 'user.passkey-remove',
    details?: Record<string, unknown>,
  ): Promise<void> {
    if (!(await this.isEnrolled(manager, auth.user.id))) await this.recoveryCodes.removeAll(manager, auth.user.id);
    await this.record(manager, auth.user.id, action, details);
    await this.sessions.endAllFor(auth.user.id, manager, auth.session.id);
  }

  /** The password again, under the same limits as signing in, so that a stolen session cannot guess it. */
  private async confirmPassword(auth: Auth, password: string, ip: string | undefined): Promise<void> {
    const address = addressKey(ip);
    const checks = [
      ['login.address', address],
      ['login.account-address', `${auth.user.email}|${address}`],
    ] as const;
    await this.limits.assertAllowed(...checks);
    if (!(await this.passwords.verify(auth.user.passwordHash, password))) {
      await this.limits.recordFailure(...checks);
      throw new BadRequestException(['password: is not your password']);
    }
  }

  private record(
    manager: EntityManager,
    userId: string,
    action: AuditRecord['action'],
    details?: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(manager, { actorId: userId, action, targetType: 'user', targetId: userId, details });
  }
}
