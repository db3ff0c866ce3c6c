import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { GroupsController } from './groups.controller';
import { GroupsService } from './groups.service';
import { MembershipsController } from './memberships.controller';
import { MembershipsService } from './memberships.service';
import { MembershipsAccountData } from './memberships.account-data';

@Module({
  imports: [AuditModule, NotificationsModule],
  controllers: [GroupsController, MembershipsController],
  providers: [MembershipsAccountData, GroupsService, MembershipsService],
  exports: [GroupsService, MembershipsService],
})
export class GroupsModule {}
