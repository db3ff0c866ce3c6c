import { Module } from '@nestjs/common';
import { EmailNotificationsModule } from '../email-notifications/email-notifications.module';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { NotificationsAccountData } from './notifications.account-data';

@Module({
  imports: [EmailNotificationsModule],
  controllers: [NotificationsController],
  providers: [NotificationsAccountData, NotificationsService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
