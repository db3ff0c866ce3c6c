import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DiscussionsModule } from '../discussions/discussions.module';
import { GroupsModule } from '../groups/groups.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ResourcesModule } from '../resources/resources.module';
import { CalendarFeedsService } from './calendar-feeds.service';
import { MeetingsAccountData } from './meetings.account-data';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';

/** Working groups' meetings: scheduling, answers and the waiting list, calendar files and private feeds. */
@Module({
  imports: [AuditModule, GroupsModule, DiscussionsModule, NotificationsModule, ResourcesModule],
  controllers: [MeetingsController],
  providers: [MeetingsAccountData, MeetingsService, CalendarFeedsService],
})
export class MeetingsModule {}
