import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createPracticeSchema,
  idParamSchema,
  listPracticesQuerySchema,
  pageQuerySchema,
  reReviewSchema,
  reviewDuePracticeSchema,
  reviewPracticeSchema,
  revisionParamSchema,
  type ReviewDuePractice,
  updatePracticeSchema,
  type CurationEvent,
  type Page,
  type Practice,
  type PracticeRevision,
  type PracticeSummary,
} from '@pn/shared';
import { z } from 'zod';
import { Public, Roles } from '../../common/access';
import { CurrentAuth, OptionalAuth, type Auth } from '../auth/auth-context';
import { ValidBody, ValidParams, ValidQuery } from '../../common/validated';
import { CurationService } from './curation.service';
import { PracticesService } from './practices.service';
import { RatingReviewService } from './rating-review.service';
import { Errors, Responds } from '../../common/responses';
import { curationEventSchema, pageOf, practiceRevisionSchema, practiceSchema, practiceSummarySchema } from '@pn/shared';

@ApiTags('practices')
@Controller('practices')
export class PracticesController {
  constructor(
    private readonly practices: PracticesService,
    private readonly curation: CurationService,
    private readonly ratingReviews: RatingReviewService,
  ) {}

  @Responds(200, pageOf(practiceSummarySchema))
  @Get()
  @Public()
  list(
    @OptionalAuth() auth: Auth | undefined,
    @ValidQuery(listPracticesQuerySchema) query: z.output<typeof listPracticesQuerySchema>,
  ): Promise<Page<PracticeSummary>> {
    return this.practices.list(auth?.user, query);
  }

  @Responds(201, practiceSchema)
  @Post()
  create(
    @CurrentAuth() auth: Auth,
    @ValidBody(createPracticeSchema) body: z.output<typeof createPracticeSchema>,
  ): Promise<Practice> {
    return this.practices.create(auth.user, body);
  }

  /** Declared before `:id`, which would otherwise take "review-due" for an id. */
  @Responds(200, pageOf(reviewDuePracticeSchema))
  @Get('review-due')
  @Roles('coordinator', 'admin')
  reviewDue(@ValidQuery(pageQuerySchema) query: z.output<typeof pageQuerySchema>): Promise<Page<ReviewDuePractice>> {
    return this.ratingReviews.due(query);
  }

  @Responds(200, practiceSchema)
  @Errors(409)
  @Post(':id/re-review')
  @Roles('coordinator', 'admin')
  @HttpCode(200)
  reReview(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(reReviewSchema) body: z.output<typeof reReviewSchema>,
  ): Promise<Practice> {
    return this.ratingReviews.reReview(auth.user, params.id, body);
  }

  @Responds(200, practiceSchema)
  @Get(':id')
  @Public()
  get(@OptionalAuth() auth: Auth | undefined, @ValidParams(idParamSchema) params: { id: string }): Promise<Practice> {
    return this.practices.get(params.id, auth?.user);
  }

  @Responds(200, practiceSchema)
  @Errors(409)
  @Patch(':id')
  update(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(updatePracticeSchema) body: z.output<typeof updatePracticeSchema>,
  ): Promise<Practice> {
    return this.practices.update(auth.user, params.id, body);
  }

  @Responds(200, practiceSchema)
  @Errors(409)
  @Post(':id/submit')
  @HttpCode(200)
  submit(@CurrentAuth() auth: Auth, @ValidParams(idParamSchema) params: { id: string }): Promise<Practice> {
    return this.curation.submit(auth.user, params.id);
  }

  @Responds(200, practiceSchema)
  @Errors(409)
  @Post(':id/review')
  @Roles('coordinator', 'admin')
  @HttpCode(200)
  review(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(reviewPracticeSchema) body: z.output<typeof reviewPracticeSchema>,
  ): Promise<Practice> {
    return this.curation.review(auth.user, params.id, body);
  }

  @Responds(200, z.array(practiceRevisionSchema))
  @Get(':id/revisions')
  @Public()
  revisions(
    @OptionalAuth() auth: Auth | undefined,
    @ValidParams(idParamSchema) params: { id: string },
  ): Promise<PracticeRevision[]> {
    return this.curation.revisions(auth?.user, params.id);
  }

  @Responds(200, practiceRevisionSchema)
  @Get(':id/revisions/:number')
  @Public()
  revision(
    @OptionalAuth() auth: Auth | undefined,
    @ValidParams(revisionParamSchema) params: z.output<typeof revisionParamSchema>,
  ): Promise<PracticeRevision> {
    return this.curation.revision(auth?.user, params.id, params.number);
  }

  @Responds(200, z.array(curationEventSchema))
  @Get(':id/history')
  history(@CurrentAuth() auth: Auth, @ValidParams(idParamSchema) params: { id: string }): Promise<CurationEvent[]> {
    return this.curation.history(auth.user, params.id);
  }
}
