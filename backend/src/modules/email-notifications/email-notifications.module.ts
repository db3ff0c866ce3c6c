import { Module } from '@nestjs/common';
import { DigestsService } from './digests.service';
import { EmailSettingsController } from './email-settings.controller';
import { EmailSettingsService } from './email-settings.service';
import { NotificationEmailsService } from './notification-emails.service';
import { EmailSettingsAccountData } from './email-settings.account-data';

/** Notifications by email: each member's settings, immediate emails, digests and one-click unsubscribe. */
@Module({
  controllers: [EmailSettingsController],
  providers: [EmailSettingsAccountData, EmailSettingsService, NotificationEmailsService, DigestsService],
  exports: [NotificationEmailsService, DigestsService],
})
export class EmailNotificationsModule {}
