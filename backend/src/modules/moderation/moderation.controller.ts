import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { moderationSummarySchema, type ModerationSummary } from '@pn/shared';
import { Responds } from '../../common/responses';
import { CurrentAuth, type Auth } from '../auth/auth-context';
import { ModerationService } from './moderation.service';

@ApiTags('moderation')
@Controller('moderation')
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  /** Active members only (the default): a pending account decides on nothing. */
  @Responds(200, moderationSummarySchema)
  @Get('summary')
  summary(@CurrentAuth() auth: Auth): Promise<ModerationSummary> {
    return this.moderation.summary(auth.user);
  }
}
