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

@ApiTags('discussions')
@Controller()
export class MessagesController {
  constructor(
    private readonly messages: MessagesService,
    private readonly flags: FlagsService,
  ) {}

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

  @Patch('messages/:id')
  edit(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(editMessageSchema) body: z.output<typeof editMessageSchema>,
  ): Promise<Message> {
    return this.messages.edit(auth.user, params.id, body.body);
  }

  @Delete('messages/:id')
  @HttpCode(204)
  remove(@CurrentAuth() auth: Auth, @ValidParams(idParamSchema) params: { id: string }): Promise<void> {
    return this.messages.remove(auth.user, params.id);
  }

  @Post('messages/:id/flag')
  flag(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(flagMessageSchema) body: z.output<typeof flagMessageSchema>,
  ): Promise<void> {
    return this.flags.flag(auth.user, params.id, body.reason);
  }
}
