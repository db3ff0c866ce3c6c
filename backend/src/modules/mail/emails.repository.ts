import type { EmailKind, Locale, PageQuery } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { newestFirstPage } from '../../common/cursor';
import { EmailEntity } from './email.entity';

/** A row of the outbox as it is queued. */
export interface EmailRow {
  userId: string | null;
  to: string;
  kind: EmailKind;
  locale: Locale;
  dedupeKey: string;
  payload?: Record<string, unknown>;
  notificationId?: string | null;
}

/** The outbox table (`emails`): its reads and writes, with the caller's manager. */
export const emailsRepository = {
  /** Inserts the email unless its key is taken; its id when this call inserted it. */
  async insert(manager: EntityManager, email: EmailRow): Promise<string | undefined> {
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
    return rows[0]?.id;
  },

  /** Inserts many in one statement; the ids of those whose key was free. */
  async insertMany(manager: EntityManager, emails: EmailRow[]): Promise<string[]> {
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
    return rows.map((row) => row.id);
  },

  /** Every email, newest first (what an admin sees of them is the mapper's business). */
  page(manager: EntityManager, query: PageQuery) {
    return newestFirstPage(manager.getRepository(EmailEntity).createQueryBuilder('e'), 'e', query);
  },

  /** The email, locked until the transaction ends. */
  lock(manager: EntityManager, id: string): Promise<EmailEntity | null> {
    return manager.findOne(EmailEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  },

  async update(manager: EntityManager, id: string, changes: QueryDeepPartialEntity<EmailEntity>): Promise<void> {
    await manager.update(EmailEntity, id, changes);
  },

  /** The SMTP server took the message: from now on, a retry could make a duplicate. */
  async markHandedOver(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE emails SET handed_over_at = now() WHERE id = $1`, [id]);
  },

  /** Where an attempt left the email: sent, failed, skipped, or queued again for a retry. */
  async settle(
    manager: EntityManager,
    id: string,
    state: 'sent' | 'failed' | 'skipped' | 'queued',
    error: string | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE emails SET state = $2, error = $3, sent_at = CASE WHEN $2 = 'sent' THEN now() ELSE sent_at END,
              handed_over_at = CASE WHEN $2 = 'sent' THEN handed_over_at ELSE NULL END,
              claimed_at = CASE WHEN $2 = 'queued' THEN NULL ELSE claimed_at END
        WHERE id = $1`,
      [id, state, error?.slice(0, 1000) ?? null],
    );
  },

  /** The emails sent to a person, oldest first: kind, state and dates only. */
  ofUser(
    manager: EntityManager,
    userId: string,
  ): Promise<Array<{ kind: string; state: string; created_at: Date; sent_at: Date | null }>> {
    return manager.query(`SELECT kind, state, created_at, sent_at FROM emails WHERE user_id = $1 ORDER BY created_at`, [
      userId,
    ]) as Promise<Array<{ kind: string; state: string; created_at: Date; sent_at: Date | null }>>;
  },

  /** The person's address and the emails' content go; what was still waiting to go out is not sent. */
  async anonymiseFor(manager: EntityManager, userId: string, address: string): Promise<void> {
    await manager.query(
      `UPDATE emails SET to_address = $2, payload = '{}',
              error = CASE WHEN state IN ('queued', 'sending') THEN 'the account was erased' ELSE error END,
              state = CASE WHEN state IN ('queued', 'sending') THEN 'skipped' ELSE state END
        WHERE user_id = $1`,
      [userId, address],
    );
  },
};
