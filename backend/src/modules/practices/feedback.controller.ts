import { Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createFeedbackSchema, idParamSchema, pageQuerySchema, type Feedback, type Page } from '@pn/shared';
import type { z } from 'zod';
import { Public } from '../../common/access';
import { CurrentAuth, OptionalAuth, type Auth } from '../auth/auth-context';
import { ValidBody, ValidParams, ValidQuery } from '../../common/validated';
import { FeedbackService } from './feedback.service';

@ApiTags('practices')
@Controller('practices/:id/feedback')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Get()
  @Public()
  list(
    @OptionalAuth() auth: Auth | undefined,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidQuery(pageQuerySchema) query: z.output<typeof pageQuerySchema>,
  ): Promise<Page<Feedback>> {
    return this.feedback.list(auth?.user, params.id, query);
  }

  @Post()
  create(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(createFeedbackSchema) body: z.output<typeof createFeedbackSchema>,
  ): Promise<Feedback> {
    return this.feedback.create(auth.user, params.id, body);
  }
}
