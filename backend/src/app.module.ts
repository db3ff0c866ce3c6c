import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigModule } from './config/config.module';
import type { AppConfig } from './config/env.schema';
import { dataSourceOptions, poolLimits } from './database/data-source';
import { guardedPostgresDriver } from './database/stuck-connections';
import { AdminModule } from './modules/admin/admin.module';
import { AuditModule } from './modules/audit/audit.module';
import { AccessGuard } from './modules/auth/access.guard';
import { AuthModule } from './modules/auth/auth.module';
import { DiscussionsModule } from './modules/discussions/discussions.module';
import { SocketAccessModule } from './modules/discussions/socket-access.module';
import { GroupsModule } from './modules/groups/groups.module';
import { HealthModule } from './modules/health/health.module';
import { MailModule } from './modules/mail/mail.module';
import { MeetingsModule } from './modules/meetings/meetings.module';
import { AccountsModule } from './modules/accounts/accounts.module';
import { EvaluationsModule } from './modules/evaluations/evaluations.module';
import { InquiriesModule } from './modules/inquiries/inquiries.module';
import { EvidenceMapModule } from './modules/evidence-map/evidence-map.module';
import { ResearchQuestionsModule } from './modules/research-questions/research-questions.module';
import { ModerationModule } from './modules/moderation/moderation.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { PracticesModule } from './modules/practices/practices.module';
import { RateLimitsModule } from './modules/rate-limits/rate-limits.module';
import { RealtimeModule } from './modules/realtime/realtime.module';
import { ResourcesModule } from './modules/resources/resources.module';
import { SearchModule } from './modules/search/search.module';
import { UsersModule } from './modules/users/users.module';

@Module({})
export class AppModule {
  /** `databaseUrl` is resolved before the app is built: the configured one, or the embedded server's. */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(
          dataSourceOptions(databaseUrl, { extra: poolLimits(config), driver: guardedPostgresDriver }),
        ),
        RealtimeModule,
        SocketAccessModule,
        MailModule,
        AccountsModule,
        RateLimitsModule,
        AuthModule,
        AuditModule,
        UsersModule,
        AdminModule,
        GroupsModule,
        DiscussionsModule,
        NotificationsModule,
        ModerationModule,
        ResourcesModule,
        PracticesModule,
        EvaluationsModule,
        InquiriesModule,
        EvidenceMapModule,
        ResearchQuestionsModule,
        SearchModule,
        MeetingsModule,
        HealthModule,
      ],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
