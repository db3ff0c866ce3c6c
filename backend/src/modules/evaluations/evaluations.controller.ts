import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createEvaluationSchema,
  evaluationQueueQuerySchema,
  idParamSchema,
  queuedEvaluationSchema,
  verificationSchema,
  type QueuedEvaluation,
  pageQuerySchema,
  updateEvaluationSchema,
  type Evaluation,
  type Page,
} from '@pn/shared';
import type { z } from 'zod';
import { Public, Roles } from '../../common/access';
import { CurrentAuth, OptionalAuth, type Auth } from '../auth/auth-context';
import { ValidBody, ValidParams, ValidQuery } from '../../common/validated';
import { EvaluationsService } from './evaluations.service';
import { Errors, Responds } from '../../common/responses';
import { evaluationSchema, pageOf } from '@pn/shared';

@ApiTags('evaluations')
@Controller()
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  @Responds(200, pageOf(evaluationSchema))
  @Get('practices/:id/evaluations')
  @Public()
  list(
    @OptionalAuth() auth: Auth | undefined,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidQuery(pageQuerySchema) query: z.output<typeof pageQuerySchema>,
  ): Promise<Page<Evaluation>> {
    return this.evaluations.list(auth?.user, params.id, query);
  }

  @Responds(201, evaluationSchema)
  @Errors(409)
  @Post('practices/:id/evaluations')
  @Roles('researcher')
  create(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(createEvaluationSchema) body: z.output<typeof createEvaluationSchema>,
  ): Promise<Evaluation> {
    return this.evaluations.create(auth.user, params.id, body);
  }

  /** The verification queue; an addition to the contract. */
  @Responds(200, pageOf(queuedEvaluationSchema))
  @Get('evaluations')
  @Roles('researcher', 'coordinator', 'admin')
  queue(
    @CurrentAuth() auth: Auth,
    @ValidQuery(evaluationQueueQuerySchema) query: z.output<typeof evaluationQueueQuerySchema>,
  ): Promise<Page<QueuedEvaluation>> {
    return this.evaluations.queue(auth.user, query);
  }

  /** A second reviewer verifies the evaluation's coding, or returns it to its author. */
  @Responds(200, evaluationSchema)
  @Errors(409)
  @Post('evaluations/:id/verification')
  @Roles('researcher', 'coordinator', 'admin')
  @HttpCode(200)
  verify(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(verificationSchema) body: z.output<typeof verificationSchema>,
  ): Promise<Evaluation> {
    return this.evaluations.verify(auth.user, params.id, body);
  }

  /** The author only; an addition to the contract. */
  @Responds(200, evaluationSchema)
  @Patch('evaluations/:id')
  update(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(updateEvaluationSchema) body: z.output<typeof updateEvaluationSchema>,
  ): Promise<Evaluation> {
    return this.evaluations.update(auth.user, params.id, body);
  }
}
