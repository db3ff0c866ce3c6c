import { Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createThreadSchema,
  idParamSchema,
  muteSchema,
  slugParamSchema,
  threadReadSchema,
  threadsQuerySchema,
  type Page,
  type Thread,
} from '@pn/shared';
import type { z } from 'zod';
import { Public } from '../../common/access';
import { CurrentAuth, OptionalAuth, type Auth } from '../auth/auth-context';
import { ValidBody, ValidParams, ValidQuery } from '../../common/validated';
import { ThreadsService } from './threads.service';
import { Errors, Responds } from '../../common/responses';
import { pageOf, threadSchema } from '@pn/shared';

@ApiTags('discussions')
@Controller()
export class ThreadsController {
  constructor(private readonly threads: ThreadsService) {}

  @Responds(200, pageOf(threadSchema))
  @Errors(403)
  @Get('groups/:slug/threads')
  @Public()
  list(
    @OptionalAuth() auth: Auth | undefined,
    @ValidParams(slugParamSchema) params: { slug: string },
    @ValidQuery(threadsQuerySchema) query: z.output<typeof threadsQuerySchema>,
  ): Promise<Page<Thread>> {
    return this.threads.list(auth?.user, params.slug, query);
  }

  @Responds(201, threadSchema)
  @Post('groups/:slug/threads')
  create(
    @CurrentAuth() auth: Auth,
    @ValidParams(slugParamSchema) params: { slug: string },
    @ValidBody(createThreadSchema) body: z.output<typeof createThreadSchema>,
  ): Promise<Thread> {
    return this.threads.create(auth.user, params.slug, body);
  }

  @Responds(200, threadSchema)
  @Errors(403)
  @Get('threads/:id')
  @Public()
  get(@OptionalAuth() auth: Auth | undefined, @ValidParams(idParamSchema) params: { id: string }): Promise<Thread> {
    return this.threads.get(auth?.user, params.id);
  }

  @Responds(200, threadSchema)
  @Post('threads/:id/pin')
  @HttpCode(200)
  pin(@CurrentAuth() auth: Auth, @ValidParams(idParamSchema) params: { id: string }): Promise<Thread> {
    return this.threads.pin(auth.user, params.id, true);
  }

  @Responds(200, threadSchema)
  @Delete('threads/:id/pin')
  unpin(@CurrentAuth() auth: Auth, @ValidParams(idParamSchema) params: { id: string }): Promise<Thread> {
    return this.threads.pin(auth.user, params.id, false);
  }

  @Responds(204, null)
  @Post('threads/:id/read')
  @HttpCode(204)
  markRead(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(threadReadSchema) body: z.output<typeof threadReadSchema>,
  ): Promise<void> {
    return this.threads.markRead(auth.user, params.id, body.messageId);
  }

  @Responds(204, null)
  @Put('threads/:id/mute')
  @HttpCode(204)
  mute(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(muteSchema) body: z.output<typeof muteSchema>,
  ): Promise<void> {
    return this.threads.mute(auth.user, params.id, body.muted);
  }
}
