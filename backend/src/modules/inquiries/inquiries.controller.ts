import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  assignReviewersSchema,
  createInquirySchema,
  idParamSchema,
  inquiryDecisionSchema,
  inquirySchema,
  listInquiriesQuerySchema,
  pageOf,
  practiceInquiriesSchema,
  reviewerCandidateSchema,
  type ReviewerCandidate,
  type Inquiry,
  type Page,
  type PracticeInquiries,
} from '@pn/shared';
import { z } from 'zod';
import { Public, Roles } from '../../common/access';
import { Errors, Responds } from '../../common/responses';
import { ValidBody, ValidParams, ValidQuery } from '../../common/validated';
import { CurrentAuth, OptionalAuth, type Auth } from '../auth/auth-context';
import { InquiriesService } from './inquiries.service';

@ApiTags('inquiries')
@Controller()
export class InquiriesController {
  constructor(private readonly inquiries: InquiriesService) {}

  @Responds(200, practiceInquiriesSchema)
  @Get('practices/:id/inquiries')
  @Public()
  ofPractice(
    @OptionalAuth() auth: Auth | undefined,
    @ValidParams(idParamSchema) params: { id: string },
  ): Promise<PracticeInquiries> {
    return this.inquiries.ofPractice(auth?.user, params.id);
  }

  @Responds(201, inquirySchema)
  @Errors(409)
  @Post('practices/:id/inquiries')
  file(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(createInquirySchema) body: z.output<typeof createInquirySchema>,
  ): Promise<Inquiry> {
    return this.inquiries.file(auth.user, params.id, body);
  }

  @Responds(200, pageOf(inquirySchema))
  @Get('inquiries')
  queue(
    @CurrentAuth() auth: Auth,
    @ValidQuery(listInquiriesQuerySchema) query: z.output<typeof listInquiriesQuerySchema>,
  ): Promise<Page<Inquiry>> {
    return this.inquiries.queue(auth.user, query);
  }

  @Responds(200, z.array(reviewerCandidateSchema))
  @Get('inquiries/:id/reviewer-candidates')
  @Roles('coordinator', 'admin')
  candidates(@ValidParams(idParamSchema) params: { id: string }): Promise<ReviewerCandidate[]> {
    return this.inquiries.candidates(params.id);
  }

  @Responds(200, inquirySchema)
  @Errors(409)
  @Post('inquiries/:id/reviewers')
  @Roles('coordinator', 'admin')
  @HttpCode(200)
  assign(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(assignReviewersSchema) body: z.output<typeof assignReviewersSchema>,
  ): Promise<Inquiry> {
    return this.inquiries.assign(auth.user, params.id, body);
  }

  @Responds(200, inquirySchema)
  @Errors(409)
  @Post('inquiries/:id/decision')
  @HttpCode(200)
  decide(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(inquiryDecisionSchema) body: z.output<typeof inquiryDecisionSchema>,
  ): Promise<Inquiry> {
    return this.inquiries.decide(auth.user, params.id, body);
  }
}
