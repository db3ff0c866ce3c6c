import { BadRequestException, Controller, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  EMAIL_SETTING_KINDS,
  notificationSettingsSchema,
  unsubscribeQuerySchema,
  type EmailSettingKind,
  type NotificationSettings,
  type UnsubscribeResult,
} from '@pn/shared';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { Public, SignedIn } from '../../common/access';
import { CurrentAuth, type Auth } from '../auth/auth-context';
import { ValidBody, ValidQuery } from '../../common/validated';
import { LinkTokens } from '../mail/link-tokens.service';
import { EmailSettingsService } from './email-settings.service';
import { Errors, Responds } from '../../common/responses';
import { notificationSettingsResponseSchema, unsubscribeResultSchema } from '@pn/shared';

const UNSUBSCRIBABLE: ReadonlySet<string> = new Set([...EMAIL_SETTING_KINDS, 'digest-daily', 'digest-weekly']);

@ApiTags('notifications')
@Controller()
export class EmailSettingsController {
  constructor(
    private readonly settings: EmailSettingsService,
    private readonly tokens: LinkTokens,
  ) {}

  @Responds(200, notificationSettingsResponseSchema)
  @Get('users/me/notification-settings')
  @SignedIn()
  get(@CurrentAuth() auth: Auth): Promise<NotificationSettings> {
    return this.settings.get(auth.user.id);
  }

  @Responds(200, notificationSettingsResponseSchema)
  @Errors(404)
  @Put('users/me/notification-settings')
  @SignedIn()
  put(
    @CurrentAuth() auth: Auth,
    @ValidBody(notificationSettingsSchema) body: z.output<typeof notificationSettingsSchema>,
  ): Promise<NotificationSettings> {
    return this.settings.put(auth.user.id, body);
  }

  /** One-click unsubscribe (RFC 8058): the signed token says who and from what; no sign-in needed. */
  @Responds(200, unsubscribeResultSchema)
  @Post('unsubscribe')
  @Public()
  @HttpCode(200)
  async unsubscribe(
    @ValidQuery(unsubscribeQuerySchema) query: z.output<typeof unsubscribeQuerySchema>,
  ): Promise<UnsubscribeResult> {
    const payload = this.tokens.verify(query.token);
    const kind = payload?.k;
    const valid =
      payload?.u &&
      kind &&
      UNSUBSCRIBABLE.has(kind) &&
      (await this.settings.turnOff(payload.u, kind as EmailSettingKind));
    if (!valid) throw new BadRequestException(['token: this unsubscribe link is not valid']);
    return { kind: kind as EmailSettingKind };
  }

  /** A browser that opens the link itself is sent to the page that asks for a confirmation. */
  @Responds(303, null)
  @Get('unsubscribe')
  @Public()
  openUnsubscribe(@Query('token') token: unknown, @Res() reply: FastifyReply): void {
    const query = typeof token === 'string' ? `?token=${encodeURIComponent(token)}` : '';
    void reply.status(303).header('Location', `/unsubscribe${query}`).send();
  }
}
