import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ResourcesModule } from '../resources/resources.module';
import { CurationService } from './curation.service';
import { FeedbackController } from './feedback.controller';
import { FeedbackService } from './feedback.service';
import { PracticeAccessService } from './practice-access.service';
import { PracticePagesService } from './practice-pages.service';
import { PracticesAccountData } from './practices.account-data';
import { PracticesController } from './practices.controller';
import { PracticesService } from './practices.service';
import { RatingReviewService } from './rating-review.service';

/**
 * Best practices: their curation and revisions, and practitioners' feedback. `PracticeAccessService` is
 * what evaluations hang on; `PracticePagesService` gives a shared link its title.
 */
@Module({
  imports: [AuditModule, NotificationsModule, ResourcesModule],
  controllers: [PracticesController, FeedbackController],
  providers: [
    PracticeAccessService,
    PracticesService,
    CurationService,
    RatingReviewService,
    FeedbackService,
    PracticePagesService,
    PracticesAccountData,
  ],
  exports: [PracticeAccessService, PracticePagesService, PracticesService],
})
export class PracticesModule {}
