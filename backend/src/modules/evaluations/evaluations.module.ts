import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { PracticesModule } from '../practices/practices.module';
import { EvaluationsController } from './evaluations.controller';
import { EvaluationsService } from './evaluations.service';
import { EvaluationsAccountData } from './evaluations.account-data';

/** Researchers' evaluations of practices, and the evidence rating computed from them. */
@Module({
  imports: [PracticesModule, NotificationsModule],
  controllers: [EvaluationsController],
  providers: [EvaluationsAccountData, EvaluationsService],
  exports: [EvaluationsService],
})
export class EvaluationsModule {}
