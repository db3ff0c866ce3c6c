import { Controller, Delete, Get, HttpCode, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { idParamSchema, type SessionSummary } from '@pn/shared';
import type { FastifyReply } from 'fastify';
import { SignedIn } from '../../common/access';
import { CurrentAuth, type Auth } from './auth-context';
import { ValidParams } from '../../common/validated';
import { clearSessionCookies } from './auth.cookies';
import { toSessionSummary } from './sessions.mapper';
import { SessionsService } from './sessions.service';
import { Responds } from '../../common/responses';
import { sessionSummarySchema } from '@pn/shared';
import { z } from 'zod';

/** The devices a person is signed in on, and ending any of them (its sockets close with it). */
@ApiTags('sessions')
@Controller('users/me/sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Responds(200, z.array(sessionSummarySchema))
  @Get()
  @SignedIn()
  async list(@CurrentAuth() auth: Auth): Promise<SessionSummary[]> {
    const sessions = await this.sessions.listLive(auth.user.id);
    return sessions.map((session) => toSessionSummary(session, auth.session.id));
  }

  @Responds(204, null)
  @Delete(':id')
  @SignedIn()
  @HttpCode(204)
  async end(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.sessions.endOwn(auth.user.id, params.id);
    if (params.id === auth.session.id) clearSessionCookies(reply);
  }
}
