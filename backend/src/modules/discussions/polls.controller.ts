import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createPollSchema, idParamSchema, pollSchema, votePollSchema, type Poll } from '@pn/shared';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { Public } from '../../common/access';
import { Answers, Errors, Responds } from '../../common/responses';
import { ValidBody, ValidParams } from '../../common/validated';
import { CurrentAuth, OptionalAuth, type Auth } from '../auth/auth-context';
import { PollsService } from './polls.service';

@ApiTags('discussions')
@Controller()
export class PollsController {
  constructor(private readonly polls: PollsService) {}

  /** 201 once stored; 200 with the stored poll when the same clientId comes again (a retry). */
  @Responds(201, pollSchema)
  @Answers(200, pollSchema)
  @Errors(409)
  @Post('threads/:id/polls')
  async create(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(createPollSchema) body: z.output<typeof createPollSchema>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Poll> {
    const { poll, created } = await this.polls.create(auth.user, params.id, body);
    if (!created) void reply.status(200);
    return poll;
  }

  @Responds(200, pollSchema)
  @Get('polls/:id')
  @Public()
  get(@OptionalAuth() auth: Auth | undefined, @ValidParams(idParamSchema) params: { id: string }): Promise<Poll> {
    return this.polls.get(auth?.user, params.id);
  }

  /** A vote; a later one replaces it while the poll is open. */
  @Responds(200, pollSchema)
  @Errors(409)
  @Post('polls/:id/votes')
  @HttpCode(200)
  vote(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(votePollSchema) body: z.output<typeof votePollSchema>,
  ): Promise<Poll> {
    return this.polls.vote(auth.user, params.id, body.optionIds);
  }

  @Responds(200, pollSchema)
  @Errors(409)
  @Post('polls/:id/close')
  @HttpCode(200)
  close(@CurrentAuth() auth: Auth, @ValidParams(idParamSchema) params: { id: string }): Promise<Poll> {
    return this.polls.close(auth.user, params.id);
  }
}
