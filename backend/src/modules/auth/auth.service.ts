import { ConflictException, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_TIME_ZONE,
  type LoginRequest,
  type RegisterRequest,
  type SecondFactorRequired,
  type WebAuthnCeremony,
  type passkeySignInSchema,
  type secondFactorSchema,
} from '@pn/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AfterCommit } from '../../common/after-commit';
import { AccountEmailsService } from '../accounts/account-emails.service';
import { InvitationsService } from '../invitations/invitations.service';
import { addressKey } from '../rate-limits/address-key';
import { RateLimitsService } from '../rate-limits/rate-limits.service';
import { ChallengesService } from '../second-factor/challenges.service';
import { SecondFactorService } from '../second-factor/second-factor.service';
import type { UserEntity } from '../users/user.entity';
import { PasswordService } from '../users/password.service';
import { accountByEmail, accountById, insertAccount } from './accounts.repository';
import { SessionsService, type IssuedSession } from './sessions.service';

export interface SignedIn extends IssuedSession {
  user: UserEntity;
}

/** Who is signing in, from where: kept with the session, and what the limits count by. */
export interface ClientInfo {
  userAgent?: string;
  ip?: string;
}

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly accountEmails: AccountEmailsService,
    private readonly invitations: InvitationsService,
    private readonly limits: RateLimitsService,
    private readonly secondFactor: SecondFactorService,
    private readonly challenges: ChallengesService,
  ) {}

  /**
   * Creates a pending account and signs it in, so that the applicant sees where their application stands;
   * the address is confirmed from an emailed link. Through an invitation's link, the account is active at
   * once (a coordinator vouched) and the link itself confirmed the address.
   */
  async register(input: RegisterRequest, client: ClientInfo): Promise<SignedIn> {
    await this.limits.consume('register.address', addressKey(client.ip));
    const passwordHash = await this.passwords.hash(input.password);
    const after = new AfterCommit();
    try {
      const result = await this.dataSource.transaction(async (manager) => {
        const email = input.email.trim().toLowerCase();
        const invitation = input.invitationToken
          ? await this.invitations.redeem(manager, input.invitationToken, email)
          : null;
        const user = await insertAccount(manager, {
          email,
          passwordHash,
          displayName: input.displayName,
          profession: input.profession,
          country: input.country,
          organisation: input.organisation ?? null,
          languages: input.languages ?? [],
          locale: input.locale ?? 'en',
          timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
          role: 'practitioner',
          status: invitation ? 'active' : 'pending',
          approvedAt: invitation ? new Date() : null,
          approvedBy: invitation?.invitedBy ?? null,
          emailConfirmedAt: invitation ? new Date() : null,
        });
        if (invitation) await this.invitations.accepted(manager, after, invitation, user);
        else await this.accountEmails.sendConfirmation(manager, user);
        return { user, ...(await this.sessions.issue(user.id, client.userAgent, manager, client.ip)) };
      });
      await after.run();
      return result;
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) {
        throw new ConflictException('an account with this email already exists');
      }
      throw error;
    }
  }

  /**
   * The password step. Only failures count, per account and address (growing delays) and per address (a
   * daily budget): someone hammering an account from elsewhere never keeps its owner out. An account with
   * a second factor gets a challenge for the second step instead of a session.
   */
  async login(input: LoginRequest, client: ClientInfo): Promise<SignedIn | SecondFactorRequired> {
    const address = addressKey(client.ip);
    const checks = [
      ['login.address', address],
      ['login.account-address', `${input.email}|${address}`],
    ] as const;
    await this.limits.assertAllowed(...checks);
    const user = await accountByEmail(this.dataSource.manager, input.email);
    const matches = await this.passwords.verify(user?.erasedAt ? null : (user?.passwordHash ?? null), input.password);
    if (!user || !matches) {
      await this.limits.recordFailure(...checks);
      throw new UnauthorizedException('wrong email or password');
    }
    await this.limits.reset(checks[1]);
    if (user.status === 'suspended') throw new ForbiddenException('this account is suspended');
    const challenge = await this.secondFactor.signInChallenge(user.id);
    if (challenge) return challenge;
    return { user, ...(await this.sessions.issue(user.id, client.userAgent, undefined, client.ip)) };
  }

  /** The second step: a code, a recovery code or a passkey for the challenge of a correct password. */
  async completeSecondFactor(input: z.output<typeof secondFactorSchema>, client: ClientInfo): Promise<SignedIn> {
    const challenge = await this.challenges.find('second-factor', input.challenge);
    if (!challenge?.userId) {
      throw new UnauthorizedException('this sign-in has expired or was already completed: sign in again');
    }
    const checks = [
      ['second-factor.account', challenge.userId],
      ['second-factor.challenge', challenge.id],
    ] as const;
    await this.limits.assertAllowed(...checks);
    const signedIn = await this.dataSource.transaction(async (manager) => {
      if (!(await this.secondFactor.verifyAtSignIn(manager, challenge, input))) return null;
      if (!(await this.challenges.take(manager, challenge.id))) return null;
      return this.openSession(manager, challenge.userId!, client);
    });
    if (!signedIn) {
      await this.limits.recordFailure(...checks);
      if ((await this.limits.waitSeconds(...checks[1])) > 0) {
        // Its tries are spent: the next attempt starts again from the password.
        await this.challenges.discard(challenge.id);
        throw new UnauthorizedException('too many wrong codes: sign in again');
      }
      throw new UnauthorizedException(
        input.method === 'webauthn' ? 'the passkey could not be verified' : 'the code is not right',
      );
    }
    await this.limits.reset(checks[0]);
    return signedIn;
  }

  passkeyCeremony(client: ClientInfo): Promise<WebAuthnCeremony> {
    return this.secondFactor.passwordlessCeremony(client.ip);
  }

  /** A passwordless sign-in: a passkey that verified the person stands for both factors. */
  async passkeySignIn(input: z.output<typeof passkeySignInSchema>, client: ClientInfo): Promise<SignedIn> {
    const address = addressKey(client.ip);
    await this.limits.assertAllowed(['login.address', address]);
    const signedIn = await this.dataSource.transaction(async (manager) => {
      const userId = await this.secondFactor.verifyPasswordless(manager, input.challenge, input.assertion);
      return userId ? this.openSession(manager, userId, client) : null;
    });
    if (!signedIn) {
      await this.limits.recordFailure(['login.address', address]);
      throw new UnauthorizedException('this passkey could not be verified: it may have been removed');
    }
    return signedIn;
  }

  private async openSession(manager: EntityManager, userId: string, client: ClientInfo): Promise<SignedIn> {
    const user = await accountById(manager, userId);
    if (user.erasedAt) throw new UnauthorizedException('wrong email or password');
    if (user.status === 'suspended') throw new ForbiddenException('this account is suspended');
    return { user, ...(await this.sessions.issue(user.id, client.userAgent, manager, client.ip)) };
  }
}
