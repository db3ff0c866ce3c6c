import { Inject, Injectable } from '@nestjs/common';
import type { EmailKind, Locale, Page, PageQuery } from '@pn/shared';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import type { EmailEntity } from './email.entity';
import { emailsRepository as emails } from './emails.repository';
import { JOB_QUEUE } from './mail.tokens';
import { QUEUES, type JobQueue } from './job-queue';

export interface OutgoingEmail {
  kind: EmailKind;
  to: string;
  userId: string | null;
  locale: Locale;
  /** One email per recipient and event: the same key again queues nothing. */
  dedupeKey: string;
  /** What the renderer needs at send time; never a token or a link that holds one. */
  payload?: Record<string, unknown>;
  notificationId?: string | null;
  /** Wait this long before sending (an immediate notification gives the app a chance to be read first). */
  delaySeconds?: number;
}

/** How often a delivery is retried, with back-off (EMAIL_RETRY_DELAY_SECONDS, doubling up to an hour), before it is given up. */
export const EMAIL_RETRY_LIMIT = 8;

/** Where emails are queued: a row of the outbox and its job, both in the caller's transaction. */
@Injectable()
export class Outbox {
  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Queues the email unless its key was queued before; true when this call queued it. */
  async enqueue(manager: EntityManager, email: OutgoingEmail): Promise<boolean> {
    const id = await emails.insert(manager, email);
    if (!id) return false;
    await this.queue.send(manager, QUEUES.email, { emailId: id }, this.jobOptions(email.delaySeconds));
    return true;
  }

  /** Queues many emails in two statements (a batch of digests); the keys already taken are left out. */
  async enqueueMany(manager: EntityManager, batch: OutgoingEmail[]): Promise<number> {
    if (batch.length === 0) return 0;
    const ids = await emails.insertMany(manager, batch);
    await this.queue.insert(
      manager,
      QUEUES.email,
      ids.map((emailId) => ({ data: { emailId }, ...this.jobOptions(0) })),
    );
    return ids.length;
  }

  /** Every email, newest first, for an admin. */
  page(query: PageQuery): Promise<Page<EmailEntity>> {
    return emails.page(this.dataSource.manager, query);
  }

  private jobOptions(delaySeconds = 0) {
    return {
      startAfter: delaySeconds > 0 ? delaySeconds : undefined,
      retryLimit: EMAIL_RETRY_LIMIT,
      retryDelay: this.config.EMAIL_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      retryDelayMax: 3600,
      expireInSeconds: this.config.EMAIL_SEND_TIMEOUT_SECONDS,
    };
  }
}
