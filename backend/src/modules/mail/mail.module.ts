import { Global, Inject, Injectable, Module, type OnModuleDestroy } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AdminEmailsController } from './admin-emails.controller';
import { EmailRenderers } from './email-renderers';
import { JobQueue } from './job-queue';
import { LINK_SECRET, LinkTokens, loadLinkSecret } from './link-tokens.service';
import { MailTransport } from './mail-transport';
import { MailWorker } from './mail-worker.service';
import { JOB_QUEUE, MAIL_TRANSPORT } from './mail.tokens';
import { Outbox } from './outbox.service';
import { EmailsAccountData } from './emails.account-data';

/** Stops the queue's workers (letting a send in progress finish) before the database closes. */
@Injectable()
class MailShutdown implements OnModuleDestroy {
  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport | null,
  ) {}

  async onModuleDestroy(): Promise<void> {
    await this.queue.stop();
    this.transport?.close();
  }
}

/** Email as infrastructure: the outbox, its queue, delivery over SMTP, rendering, signed links. */
@Global()
@Module({
  controllers: [AdminEmailsController],
  providers: [
    EmailsAccountData,
    {
      provide: LINK_SECRET,
      inject: [getDataSourceToken(), APP_CONFIG],
      useFactory: (dataSource: DataSource, config: AppConfig) => loadLinkSecret(dataSource, config.LINK_SECRET),
    },
    {
      provide: JOB_QUEUE,
      inject: [getDataSourceToken(), APP_CONFIG],
      useFactory: async (dataSource: DataSource, config: AppConfig) => {
        const queue = new JobQueue({
          url: (dataSource.options as { url: string }).url,
          superviseIntervalSeconds: Math.min(60, config.EMAIL_SEND_TIMEOUT_SECONDS),
        });
        await queue.start();
        return queue;
      },
    },
    {
      provide: MAIL_TRANSPORT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.SMTP_URL ? new MailTransport(config.SMTP_URL, config.EMAIL_SEND_TIMEOUT_SECONDS) : null,
    },
    LinkTokens,
    Outbox,
    EmailRenderers,
    MailWorker,
    MailShutdown,
  ],
  exports: [LinkTokens, Outbox, EmailRenderers, JOB_QUEUE, MailWorker],
})
export class MailModule {}
