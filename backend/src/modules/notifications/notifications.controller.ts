import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { markReadSchema, notificationsQuerySchema, type Notification, type Page } from '@pn/shared';
import type { z } from 'zod';
import { SignedIn } from '../../common/access';
import { CurrentAuth, type Auth } from '../auth/auth-context';
import { ValidBody, ValidQuery } from '../../common/validated';
import { NotificationsService } from './notifications.service';
import { Responds } from '../../common/responses';
import { notificationSchema, pageOf } from '@pn/shared';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Responds(200, pageOf(notificationSchema))
  @Get()
  @SignedIn()
  list(
    @CurrentAuth() auth: Auth,
    @ValidQuery(notificationsQuerySchema) query: z.output<typeof notificationsQuerySchema>,
  ): Promise<Page<Notification>> {
    return this.notifications.list(auth.user.id, query);
  }

  @Responds(204, null)
  @Post('read')
  @SignedIn()
  @HttpCode(204)
  markRead(@CurrentAuth() auth: Auth, @ValidBody(markReadSchema) body: z.output<typeof markReadSchema>): Promise<void> {
    return this.notifications.markRead(auth.user.id, body);
  }
}
