import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PracticeEvaluations } from '../practices/practice-evaluations';
import { PracticesModule } from '../practices/practices.module';
import { EvaluationsController } from './evaluations.controller';
import { EvidenceRuleController } from './evidence-rule.controller';
import { EvaluationsService } from './evaluations.service';
import { EvaluationsOfPractice } from './practice-evaluations.provider';
import { EvaluationsAccountData } from './evaluations.account-data';

/**
 * Researchers' evaluations of practices, and the evidence rating computed from them. It gives the practices
 * module a practice's evaluations (`PracticeEvaluations`), as practices do not import it.
 */
@Module({
  imports: [PracticesModule, NotificationsModule, AuditModule],
  controllers: [EvaluationsController, EvidenceRuleController],
  providers: [
    EvaluationsAccountData,
    EvaluationsService,
    { provide: PracticeEvaluations, useClass: EvaluationsOfPractice },
  ],
  exports: [EvaluationsService],
})
export class EvaluationsModule {}
