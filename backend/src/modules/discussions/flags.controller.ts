import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  idParamSchema,
  pageQuerySchema,
  resolveFlagSchema,
  slugParamSchema,
  type MessageFlag,
  type Page,
} from '@pn/shared';
import type { z } from 'zod';
import { CurrentAuth, type Auth } from '../auth/auth-context';
import { ValidBody, ValidParams, ValidQuery } from '../../common/validated';
import { FlagsService } from './flags.service';
import { Errors, Responds } from '../../common/responses';
import { messageFlagSchema, pageOf } from '@pn/shared';

/** Moderation by the group's coordinators (and the network's). */
@ApiTags('discussions')
@Controller()
export class FlagsController {
  constructor(private readonly flags: FlagsService) {}

  @Responds(200, pageOf(messageFlagSchema))
  @Get('groups/:slug/flags')
  list(
    @CurrentAuth() auth: Auth,
    @ValidParams(slugParamSchema) params: { slug: string },
    @ValidQuery(pageQuerySchema) query: z.output<typeof pageQuerySchema>,
  ): Promise<Page<MessageFlag>> {
    return this.flags.list(auth.user, params.slug, query);
  }

  @Responds(204, null)
  @Errors(409)
  @Post('flags/:id/resolve')
  @HttpCode(204)
  resolve(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(resolveFlagSchema) body: z.output<typeof resolveFlagSchema>,
  ): Promise<void> {
    return this.flags.resolve(auth.user, params.id, body.decision);
  }
}
