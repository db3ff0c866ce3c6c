import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PracticesModule } from '../practices/practices.module';
import { ResearchQuestionsAccountData } from './research-questions.account-data';
import { ResearchQuestionsController } from './research-questions.controller';
import { ResearchQuestionsService } from './research-questions.service';

/** Questions the field asks of research, from a practice or a gap in the evidence, until a study answers them. */
@Module({
  imports: [AuditModule, NotificationsModule, PracticesModule],
  controllers: [ResearchQuestionsController],
  providers: [ResearchQuestionsService, ResearchQuestionsAccountData],
})
export class ResearchQuestionsModule {}
