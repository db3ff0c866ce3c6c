import { ConflictException, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { PasswordService } from '../users/password.service';
import { SessionsService } from '../auth/sessions.service';
import { QUEUES, type JobQueue } from '../mail/job-queue';
import { LinkTokens } from '../mail/link-tokens.service';
import { JOB_QUEUE } from '../mail/mail.tokens';
import { Outbox } from '../mail/outbox.service';
import { addressKey } from '../rate-limits/address-key';
import { RateLimitsService } from '../rate-limits/rate-limits.service';
import { UserEntity } from '../users/user.entity';
import { issueAccountToken, redeemAccountToken } from './account-tokens';
import { SecurityNoticesService } from './security-notices.service';
import { accountsRepository as accounts } from './accounts.repository';

type Account = Pick<UserEntity, 'id' | 'email' | 'locale' | 'displayName'>;

/** Address confirmation, address changes and password resets: the account's emailed links. */
@Injectable()
export class AccountEmailsService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly outbox: Outbox,
    private readonly tokens: LinkTokens,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly notices: SecurityNoticesService,
    private readonly limits: RateLimitsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.EMAIL_WORKER) return;
    await this.queue.work<{ email: string }>(
      QUEUES.passwordResetRequest,
      { pollingIntervalSeconds: 1, batchSize: 10, concurrency: 2 },
      (job) => this.processResetRequest(job.data.email),
    );
  }

  /** Sends the link that confirms `email` (the account's address, or a new one it asked for). */
  async sendConfirmation(manager: EntityManager, user: Account, email = user.email): Promise<void> {
    const token = await issueAccountToken(manager, this.tokens, { userId: user.id, purpose: 'confirm-email', email });
    await this.outbox.enqueue(manager, {
      kind: email === user.email ? 'address-confirmation' : 'address-change',
      to: email,
      userId: user.id,
      locale: user.locale,
      dedupeKey: `confirm-email:${token.id}`,
      payload: { tokenId: token.id, displayName: user.displayName },
    });
  }

  /** Sends the confirmation link again: at most one per minute and address, however often it is asked. */
  async resendConfirmation(user: UserEntity): Promise<void> {
    const email = user.pendingEmail ?? (user.emailConfirmedAt ? null : user.email);
    if (!email) throw new ConflictException('your email address is already confirmed');
    await this.dataSource.transaction(async (manager) => {
      if (await accounts.confirmationSentRecently(manager, user.id, email)) return;
      await this.sendConfirmation(manager, user, email);
    });
  }

  /** A new address, asked for from the profile: it takes effect once confirmed; the old one is told. */
  async requestAddressChange(manager: EntityManager, user: UserEntity, email: string): Promise<void> {
    const taken = await accounts.byEmail(manager, email);
    if (taken && taken.id !== user.id) throw new ConflictException('an account with this email already exists');
    user.pendingEmail = email;
    await this.sendConfirmation(manager, user, email);
    await this.outbox.enqueue(manager, {
      kind: 'address-change-notice',
      to: user.email,
      userId: user.id,
      locale: user.locale,
      dedupeKey: `address-change-notice:${user.id}:${email}:${Date.now()}`,
      payload: { displayName: user.displayName, newEmail: email },
    });
  }

  /** The link from a confirmation email: the address is confirmed, or the new one takes effect. */
  async confirm(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await redeemAccountToken(manager, 'confirm-email', token);
      const user = await accounts.lock(manager, row.userId);
      if (!user || user.erasedAt) throw new ConflictException('this account no longer exists');
      if (row.email === user.email) {
        user.emailConfirmedAt ??= new Date();
      } else if (row.email === user.pendingEmail) {
        const taken = await accounts.byEmail(manager, row.email);
        if (taken) throw new ConflictException('an account with this email already exists');
        user.email = row.email;
        user.pendingEmail = null;
        user.emailConfirmedAt = new Date();
      } else {
        throw new ConflictException('this address is no longer the one your account asked for');
      }
      await accounts.save(manager, user);
    });
  }

  /**
   * The one place where a reset request is handled (a rate limit belongs here). The answer is the same
   * whatever the address, and so is the work: one job queued. The job finds out whether an account has
   * the address, and only then issues a token and its email.
   */
  async requestPasswordReset(email: string, ip: string): Promise<void> {
    await this.limits.consume('password-reset.address', addressKey(ip));
    await this.limits.consume('password-reset.email', email.toLowerCase());
    await this.queue.sendNow(QUEUES.passwordResetRequest, { email }, { retryLimit: 3, retryBackoff: true });
  }

  private async processResetRequest(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await accounts.byEmail(manager, email);
      if (!user || user.erasedAt || user.status === 'suspended') return;
      const token = await issueAccountToken(manager, this.tokens, {
        userId: user.id,
        purpose: 'reset-password',
        email,
      });
      await this.outbox.enqueue(manager, {
        kind: 'password-reset',
        to: user.email,
        userId: user.id,
        locale: user.locale,
        dedupeKey: `password-reset:${token.id}`,
        payload: { tokenId: token.id, displayName: user.displayName },
      });
    });
  }

  /** A new password from a reset link: every session ends, and the member is told by email. */
  async confirmPasswordReset(token: string, password: string): Promise<void> {
    const passwordHash = await this.passwords.hash(password);
    await this.dataSource.transaction(async (manager) => {
      const row = await redeemAccountToken(manager, 'reset-password', token);
      const user = await accounts.lock(manager, row.userId);
      if (!user || user.erasedAt || user.status === 'suspended' || user.email !== row.email) {
        throw new ConflictException('this account can no longer be reset with this link');
      }
      user.passwordHash = passwordHash;
      // Following the link proved that the address is theirs.
      user.emailConfirmedAt ??= new Date();
      await accounts.save(manager, user);
      await accounts.useResetTokens(manager, user.id);
      await this.sessions.endAllFor(user.id, manager);
      await this.notices.passwordChanged(manager, user, 'reset');
    });
  }
}
