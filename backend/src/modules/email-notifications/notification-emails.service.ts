import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EMAIL_SETTING_KINDS, type EmailFrequency, type EmailSettingKind } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { EmailRenderers } from '../mail/email-renderers';
import { textsFor } from '../mail/i18n';
import { Outbox } from '../mail/outbox.service';
import { effectiveFrequency, SETTING_OF, withDefaults } from './email-settings.policy';
import { notificationLine } from './notification-lines';
import { notificationEmailsRepository as stored, type Recipient } from './notification-emails.repository';

/**
 * Notifications that members asked to hear of at once go out by email after a short delay, and are
 * skipped if read in the app meanwhile. One email covers a notification line: events that add to its
 * count before the email goes out are in it.
 */
@Injectable()
export class NotificationEmailsService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: Outbox,
    private readonly renderers: EmailRenderers,
  ) {}

  onModuleInit(): void {
    this.renderers.register(EMAIL_SETTING_KINDS, async (email, manager) => {
      const notification = email.notificationId ? await stored.notification(manager, email.notificationId) : null;
      if (!notification) return { skip: 'the notification no longer exists' };
      if (notification.readAt) return { skip: 'read in the app before the email was due' };
      const [recipient] = await stored.recipients(manager, [notification.id]);
      if (!recipient) return { skip: 'the account is no longer active' };
      if (this.frequencyOf(recipient) !== 'immediately') return { skip: 'turned off in the settings meanwhile' };
      const texts = textsFor(email.locale);
      const line = notificationLine(notification, texts, this.config, email.locale);
      return {
        content: {
          subject: `${line.text} · ${this.config.NETWORK_NAME}`,
          heading: line.text,
          paragraphs: line.detail ? [line.detail] : [],
          action: line.link,
        },
        unsubscribe: email.kind as EmailSettingKind,
      };
    });
  }

  /** Called in the transaction that recorded the notification lines `ids`. */
  async notified(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    for (const recipient of await stored.recipients(manager, ids)) {
      // An email for this line is waiting already: it will show the line as it then is.
      if (recipient.pending || this.frequencyOf(recipient) !== 'immediately') continue;
      await this.outbox.enqueue(manager, {
        kind: SETTING_OF[recipient.kind],
        to: recipient.email,
        userId: recipient.user_id,
        locale: recipient.locale,
        dedupeKey: `notification:${recipient.id}:${recipient.version}`,
        notificationId: recipient.id,
        delaySeconds: this.config.EMAIL_NOTIFY_DELAY_SECONDS,
      });
    }
  }

  private frequencyOf(recipient: Recipient): EmailFrequency {
    return effectiveFrequency(SETTING_OF[recipient.kind], withDefaults(recipient.kinds), recipient.group_frequency);
  }
}
