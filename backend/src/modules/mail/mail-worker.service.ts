import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'pg-boss';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import type { EmailEntity } from './email.entity';
import { emailsRepository as emails } from './emails.repository';
import { EmailRenderers } from './email-renderers';
import { textsFor } from './i18n';
import { QUEUES, type JobQueue } from './job-queue';
import { renderHtml, renderText } from './layout';
import { LinkTokens } from './link-tokens.service';
import { isPermanentSmtpError, type MailTransport } from './mail-transport';
import { JOB_QUEUE, MAIL_TRANSPORT } from './mail.tokens';
import { EMAIL_RETRY_LIMIT } from './outbox.service';
import { appLink } from './links';

type Claim = { take: EmailEntity } | { done: true } | { busy: true };

/** When a previous attempt handed the message over and then stopped before hearing the server's answer. */
export const UNCONFIRMED =
  'not confirmed: the sending process stopped after handing the message to the SMTP server; not sent again, to avoid a duplicate';

/**
 * Delivers the outbox's emails: claims the row, renders it in the recipient's language, and hands it to
 * the SMTP server. Each email is sent at most once per row: a retry sends again only when no earlier
 * attempt reached the point where the server could accept the message.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger('MailWorker');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport | null,
    private readonly renderers: EmailRenderers,
    private readonly tokens: LinkTokens,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.transport || !this.config.EMAIL_WORKER) return;
    await this.queue.work<{ emailId: string }>(
      QUEUES.email,
      // As many at once as the SMTP pool has connections.
      { pollingIntervalSeconds: 1, batchSize: 20, concurrency: 4 },
      (job) => this.deliver(job),
    );
  }

  async deliver(job: Pick<Job<{ emailId: string }>, 'data' | 'retryCount'>): Promise<void> {
    const transport = this.transport;
    if (!transport) throw new Error('no SMTP server configured');
    const claim = await this.claim(job.data.emailId);
    if ('done' in claim) return;
    // Another worker holds it (its lease has not run out): try again later, after pg-boss's back-off.
    if ('busy' in claim) throw new Error('another worker is sending this email');
    const email = claim.take;

    let rendered;
    try {
      rendered = await this.renderers.render(email, this.dataSource.manager);
    } catch (error) {
      await this.settle(email.id, 'failed', `could not be rendered: ${(error as Error).message}`);
      this.logger.error(`email ${email.id} (${email.kind}) could not be rendered: ${(error as Error).stack}`);
      return;
    }
    if ('skip' in rendered) {
      await this.settle(email.id, 'skipped', rendered.skip);
      return;
    }

    const texts = textsFor(email.locale);
    const unsubscribeToken = rendered.unsubscribe
      ? this.tokens.sign({ u: email.userId ?? '', k: rendered.unsubscribe })
      : null;
    const context = {
      locale: email.locale,
      network: this.config.NETWORK_NAME,
      settingsUrl: appLink(this.config, '/settings/notifications'),
      unsubscribe:
        unsubscribeToken && rendered.unsubscribe
          ? {
              url: appLink(this.config, `/unsubscribe?token=${unsubscribeToken}`),
              what: texts.unsubscribeWhat[rendered.unsubscribe],
            }
          : undefined,
    };
    const headers: Record<string, string> = {};
    if (unsubscribeToken) {
      // RFC 8058: a POST to this address, with no sign-in, unsubscribes; mail clients offer it as a button.
      headers['List-Unsubscribe'] = `<${appLink(this.config, `/api/unsubscribe?token=${unsubscribeToken}`)}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    try {
      await transport.send(
        {
          from: this.config.MAIL_FROM,
          to: email.toAddress,
          subject: rendered.content.subject,
          html: renderHtml(rendered.content, context),
          text: renderText(rendered.content, context),
          messageId: email.messageId!,
          headers,
        },
        () => this.handOver(email.id),
      );
    } catch (error) {
      const reason = (error as Error).message || String(error);
      const final = isPermanentSmtpError(error) || job.retryCount >= EMAIL_RETRY_LIMIT;
      await this.settle(email.id, final ? 'failed' : 'queued', reason);
      if (!final) throw error;
      return;
    }
    await this.settle(email.id, 'sent', null);
  }

  /** Takes the row for this attempt, or says why not. */
  private claim(id: string): Promise<Claim> {
    return this.dataSource.transaction(async (manager) => {
      const email = await emails.lock(manager, id);
      if (!email || email.state === 'sent' || email.state === 'failed' || email.state === 'skipped') {
        return { done: true };
      }
      const leaseMs = this.config.EMAIL_SEND_TIMEOUT_SECONDS * 1000;
      if (email.state === 'sending') {
        if (email.claimedAt && Date.now() - email.claimedAt.getTime() < leaseMs) return { busy: true };
        if (email.handedOverAt) {
          // The earlier attempt's message may have been accepted: sending again could make a duplicate.
          await emails.update(manager, id, { state: 'sent', sentAt: email.handedOverAt, error: UNCONFIRMED });
          return { done: true };
        }
        // The earlier attempt stopped before the message could be accepted: the server discarded it.
      }
      const messageId = email.messageId ?? `<${email.id}@${new URL(this.config.PUBLIC_URL).hostname}>`;
      await emails.update(manager, id, {
        state: 'sending',
        attempts: email.attempts + 1,
        claimedAt: new Date(),
        handedOverAt: null,
        messageId,
      });
      return { take: Object.assign(email, { messageId, attempts: email.attempts + 1 }) };
    });
  }

  private async handOver(id: string): Promise<void> {
    await emails.markHandedOver(this.dataSource.manager, id);
  }

  private async settle(id: string, state: 'sent' | 'failed' | 'skipped' | 'queued', error: string | null) {
    await emails.settle(this.dataSource.manager, id, state, error);
  }
}
