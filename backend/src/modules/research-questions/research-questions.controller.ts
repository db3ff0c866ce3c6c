import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createResearchQuestionSchema,
  idParamSchema,
  listResearchQuestionsQuerySchema,
  mergeResearchQuestionSchema,
  moveResearchQuestionSchema,
  pageOf,
  researchQuestionSchema,
  type Page,
  type ResearchQuestion,
} from '@pn/shared';
import type { z } from 'zod';
import { Roles } from '../../common/access';
import { Errors, Responds } from '../../common/responses';
import { ValidBody, ValidParams, ValidQuery } from '../../common/validated';
import { CurrentAuth, type Auth } from '../auth/auth-context';
import { ResearchQuestionsService } from './research-questions.service';

/** Research questions from the field: for active members (visitors 401, pending accounts 403). */
@ApiTags('research-questions')
@Controller('research-questions')
export class ResearchQuestionsController {
  constructor(private readonly questions: ResearchQuestionsService) {}

  @Responds(200, pageOf(researchQuestionSchema))
  @Get()
  list(
    @CurrentAuth() auth: Auth,
    @ValidQuery(listResearchQuestionsQuerySchema) query: z.output<typeof listResearchQuestionsQuerySchema>,
  ): Promise<Page<ResearchQuestion>> {
    return this.questions.list(auth.user, query);
  }

  @Responds(201, researchQuestionSchema)
  @Errors(409)
  @Post()
  create(
    @CurrentAuth() auth: Auth,
    @ValidBody(createResearchQuestionSchema) body: z.output<typeof createResearchQuestionSchema>,
  ): Promise<ResearchQuestion> {
    return this.questions.create(auth.user, body);
  }

  /** An addition to the contract: one question. */
  @Responds(200, researchQuestionSchema)
  @Get(':id')
  get(@CurrentAuth() auth: Auth, @ValidParams(idParamSchema) params: { id: string }): Promise<ResearchQuestion> {
    return this.questions.get(auth.user, params.id);
  }

  /** Researchers: an open question becomes theirs, planned. */
  @Responds(200, researchQuestionSchema)
  @Errors(409)
  @Post(':id/claim')
  @Roles('researcher')
  @HttpCode(200)
  claim(@CurrentAuth() auth: Auth, @ValidParams(idParamSchema) params: { id: string }): Promise<ResearchQuestion> {
    return this.questions.claim(auth.user, params.id);
  }

  /** An addition: the claimer moves the question on (under way; answered by an evaluation). */
  @Responds(200, researchQuestionSchema)
  @Errors(409)
  @Post(':id/status')
  @HttpCode(200)
  move(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(moveResearchQuestionSchema) body: z.output<typeof moveResearchQuestionSchema>,
  ): Promise<ResearchQuestion> {
    return this.questions.move(auth.user, params.id, body);
  }

  /** One vote per member; voting again changes nothing. */
  @Responds(200, researchQuestionSchema)
  @Errors(409)
  @Post(':id/vote')
  @HttpCode(200)
  vote(@CurrentAuth() auth: Auth, @ValidParams(idParamSchema) params: { id: string }): Promise<ResearchQuestion> {
    return this.questions.vote(auth.user, params.id, true);
  }

  /** An addition: withdraws the caller's vote. */
  @Responds(200, researchQuestionSchema)
  @Errors(409)
  @Delete(':id/vote')
  unvote(@CurrentAuth() auth: Auth, @ValidParams(idParamSchema) params: { id: string }): Promise<ResearchQuestion> {
    return this.questions.vote(auth.user, params.id, false);
  }

  /** An addition: hear of the question's steps. */
  @Responds(200, researchQuestionSchema)
  @Errors(409)
  @Post(':id/follow')
  @HttpCode(200)
  follow(@CurrentAuth() auth: Auth, @ValidParams(idParamSchema) params: { id: string }): Promise<ResearchQuestion> {
    return this.questions.follow(auth.user, params.id, true);
  }

  @Responds(200, researchQuestionSchema)
  @Errors(409)
  @Delete(':id/follow')
  unfollow(@CurrentAuth() auth: Auth, @ValidParams(idParamSchema) params: { id: string }): Promise<ResearchQuestion> {
    return this.questions.follow(auth.user, params.id, false);
  }

  /** An addition, for coordinators: the question is a duplicate of `intoId`; answers the kept question. */
  @Responds(200, researchQuestionSchema)
  @Errors(409)
  @Post(':id/merge')
  @Roles('coordinator', 'admin')
  @HttpCode(200)
  merge(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(mergeResearchQuestionSchema) body: z.output<typeof mergeResearchQuestionSchema>,
  ): Promise<ResearchQuestion> {
    return this.questions.merge(auth.user, params.id, body);
  }
}
