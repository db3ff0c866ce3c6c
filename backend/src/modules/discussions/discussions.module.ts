import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { GroupsModule } from '../groups/groups.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { FlagsController } from './flags.controller';
import { FlagsService } from './flags.service';
import { MessagesController } from './messages.controller';
import { MessagesService } from './messages.service';
import { ThreadsController } from './threads.controller';
import { ThreadsService } from './threads.service';
import { DiscussionsAccountData } from './discussions.account-data';
import { PollsAccountData } from './polls.account-data';
import { PollsController } from './polls.controller';
import { PollsService } from './polls.service';

@Module({
  imports: [AuditModule, GroupsModule, NotificationsModule],
  controllers: [ThreadsController, MessagesController, FlagsController, PollsController],
  providers: [DiscussionsAccountData, PollsAccountData, ThreadsService, MessagesService, FlagsService, PollsService],
  exports: [ThreadsService],
})
export class DiscussionsModule {}
