import { Inject, Injectable } from '@nestjs/common';
import type { EmailKind, Locale } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
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
  ) {}

  /** Queues the email unless its key was queued before; true when this call queued it. */
  async enqueue(manager: EntityManager, email: OutgoingEmail): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO emails (user_id, to_address, kind, locale, dedupe_key, payload, notification_id)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        email.userId,
        email.to,
        email.kind,
        email.locale,
        email.dedupeKey,
        JSON.stringify(email.payload ?? {}),
        email.notificationId ?? null,
      ],
    )) as Array<{ id: string }>;
    const id = rows[0]?.id;
    if (!id) return false;
    await this.queue.send(manager, QUEUES.email, { emailId: id }, this.jobOptions(email.delaySeconds));
    return true;
  }

  /** Queues many emails in two statements (a batch of digests); the keys already taken are left out. */
  async enqueueMany(manager: EntityManager, emails: OutgoingEmail[]): Promise<number> {
    if (emails.length === 0) return 0;
    const rows = (await manager.query(
      `INSERT INTO emails (user_id, to_address, kind, locale, dedupe_key, payload)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[])
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        emails.map((email) => email.userId),
        emails.map((email) => email.to),
        emails.map((email) => email.kind),
        emails.map((email) => email.locale),
        emails.map((email) => email.dedupeKey),
        emails.map((email) => JSON.stringify(email.payload ?? {})),
      ],
    )) as Array<{ id: string }>;
    await this.queue.insert(
      manager,
      QUEUES.email,
      rows.map((row) => ({ data: { emailId: row.id }, ...this.jobOptions(0) })),
    );
    return rows.length;
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
