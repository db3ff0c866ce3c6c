import { Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createFeedbackSchema, idParamSchema, pageQuerySchema, type Feedback, type Page } from '@pn/shared';
import type { z } from 'zod';
import { Public } from '../../common/access';
import { CurrentAuth, OptionalAuth, type Auth } from '../auth/auth-context';
import { ValidBody, ValidParams, ValidQuery } from '../../common/validated';
import { FeedbackService } from './feedback.service';
import { Errors, Responds } from '../../common/responses';
import { feedbackSchema, pageOf } from '@pn/shared';

@ApiTags('practices')
@Controller('practices/:id/feedback')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Responds(200, pageOf(feedbackSchema))
  @Errors(404)
  @Get()
  @Public()
  list(
    @OptionalAuth() auth: Auth | undefined,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidQuery(pageQuerySchema) query: z.output<typeof pageQuerySchema>,
  ): Promise<Page<Feedback>> {
    return this.feedback.list(auth?.user, params.id, query);
  }

  @Responds(201, feedbackSchema)
  @Errors(404, 409)
  @Post()
  create(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(createFeedbackSchema) body: z.output<typeof createFeedbackSchema>,
  ): Promise<Feedback> {
    return this.feedback.create(auth.user, params.id, body);
  }
}
