import { Controller, Delete, Get, HttpCode, Patch, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  editMessageSchema,
  flagMessageSchema,
  idParamSchema,
  messagesQuerySchema,
  postMessageSchema,
  type Message,
  type Page,
} from '@pn/shared';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { Public } from '../../common/access';
import { CurrentAuth, OptionalAuth, type Auth } from '../auth/auth-context';
import { ValidBody, ValidParams, ValidQuery } from '../../common/validated';
import { FlagsService } from './flags.service';
import { MessagesService } from './messages.service';
import { Answers, Errors, Responds } from '../../common/responses';
import { messageSchema, pageOf } from '@pn/shared';

@ApiTags('discussions')
@Controller()
export class MessagesController {
  constructor(
    private readonly messages: MessagesService,
    private readonly flags: FlagsService,
  ) {}

  @Responds(200, pageOf(messageSchema))
  @Errors(403)
  @Get('threads/:id/messages')
  @Public()
  list(
    @OptionalAuth() auth: Auth | undefined,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidQuery(messagesQuerySchema) query: z.output<typeof messagesQuerySchema>,
  ): Promise<Page<Message>> {
    return this.messages.list(auth?.user, params.id, query);
  }

  /** 201 once stored; 200 with the stored message when the same clientId comes again (a retry). */
  @Responds(201, messageSchema)
  @Answers(200, messageSchema)
  @Errors(409)
  @Post('threads/:id/messages')
  async post(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(postMessageSchema) body: z.output<typeof postMessageSchema>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Message> {
    const { message, created } = await this.messages.post(auth.user, params.id, body);
    if (!created) void reply.status(200);
    return message;
  }

  @Responds(200, messageSchema)
  @Errors(409)
  @Patch('messages/:id')
  edit(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(editMessageSchema) body: z.output<typeof editMessageSchema>,
  ): Promise<Message> {
    return this.messages.edit(auth.user, params.id, body.body);
  }

  @Responds(204, null)
  @Errors(409)
  @Delete('messages/:id')
  @HttpCode(204)
  remove(@CurrentAuth() auth: Auth, @ValidParams(idParamSchema) params: { id: string }): Promise<void> {
    return this.messages.remove(auth.user, params.id);
  }

  @Responds(201, null)
  @Errors(409)
  @Post('messages/:id/flag')
  flag(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(flagMessageSchema) body: z.output<typeof flagMessageSchema>,
  ): Promise<void> {
    return this.flags.flag(auth.user, params.id, body.reason);
  }
}
