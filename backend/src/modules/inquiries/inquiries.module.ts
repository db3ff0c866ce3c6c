import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PracticesModule } from '../practices/practices.module';
import { InquiriesAccountData } from './inquiries.account-data';
import { InquiriesController } from './inquiries.controller';
import { InquiriesService } from './inquiries.service';

/** Questions about practices' ratings and appeals of them, with their reviewers and decisions. */
@Module({
  imports: [AuditModule, NotificationsModule, PracticesModule],
  controllers: [InquiriesController],
  providers: [InquiriesService, InquiriesAccountData],
})
export class InquiriesModule {}
