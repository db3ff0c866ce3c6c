import { Module } from '@nestjs/common';
import { ModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';

/** What waits for a decision, in one place: counts for the navigation and the moderation view. */
@Module({
  controllers: [ModerationController],
  providers: [ModerationService],
})
export class ModerationModule {}
