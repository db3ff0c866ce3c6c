import { Controller, Get, HttpCode, Ip, Patch, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  calendarFeedSchema,
  calendarTokenParamSchema,
  createMeetingSchema,
  idParamSchema,
  meetingSchema,
  meetingsQuerySchema,
  pageOf,
  rsvpResultSchema,
  rsvpSchema,
  slugParamSchema,
  updateMeetingSchema,
  type CalendarFeed,
  type Meeting,
  type Page,
  type RsvpResult,
} from '@pn/shared';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { Public, SignedIn } from '../../common/access';
import { Errors, Responds } from '../../common/responses';
import { ValidBody, ValidParams, ValidQuery } from '../../common/validated';
import { CurrentAuth, OptionalAuth, type Auth } from '../auth/auth-context';
import { CalendarFeedsService } from './calendar-feeds.service';
import { MeetingsService } from './meetings.service';

type MeetingsQuery = z.output<typeof meetingsQuerySchema>;

@ApiTags('meetings')
@Controller()
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly feeds: CalendarFeedsService,
  ) {}

  @Responds(200, pageOf(meetingSchema))
  @Errors(403)
  @Get('groups/:slug/meetings')
  @Public()
  listOfGroup(
    @OptionalAuth() auth: Auth | undefined,
    @ValidParams(slugParamSchema) params: { slug: string },
    @ValidQuery(meetingsQuerySchema) query: MeetingsQuery,
  ): Promise<Page<Meeting>> {
    return this.meetings.listOfGroup(auth?.user, params.slug, query);
  }

  @Responds(201, meetingSchema)
  @Post('groups/:slug/meetings')
  create(
    @CurrentAuth() auth: Auth,
    @ValidParams(slugParamSchema) params: { slug: string },
    @ValidBody(createMeetingSchema) body: z.output<typeof createMeetingSchema>,
  ): Promise<Meeting> {
    return this.meetings.create(auth.user, params.slug, body);
  }

  @Responds(200, pageOf(meetingSchema))
  @Get('meetings')
  @SignedIn()
  mine(@CurrentAuth() auth: Auth, @ValidQuery(meetingsQuerySchema) query: MeetingsQuery): Promise<Page<Meeting>> {
    return this.meetings.mine(auth.user, query);
  }

  @Responds(200, meetingSchema)
  @Get('meetings/:id')
  @Public()
  get(@OptionalAuth() auth: Auth | undefined, @ValidParams(idParamSchema) params: { id: string }): Promise<Meeting> {
    return this.meetings.get(auth?.user, params.id);
  }

  @Responds(200, meetingSchema)
  @Errors(409)
  @Patch('meetings/:id')
  update(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(updateMeetingSchema) body: z.output<typeof updateMeetingSchema>,
  ): Promise<Meeting> {
    return this.meetings.update(auth.user, params.id, body);
  }

  @Responds(200, meetingSchema)
  @Errors(409)
  @Post('meetings/:id/cancel')
  @HttpCode(200)
  cancel(@CurrentAuth() auth: Auth, @ValidParams(idParamSchema) params: { id: string }): Promise<Meeting> {
    return this.meetings.cancel(auth.user, params.id);
  }

  @Responds(200, rsvpResultSchema)
  @Errors(409)
  @Post('meetings/:id/rsvp')
  @HttpCode(200)
  rsvp(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(rsvpSchema) body: z.output<typeof rsvpSchema>,
  ): Promise<RsvpResult> {
    return this.meetings.respond(auth.user, params.id, body.response);
  }

  @Responds(200, { mediaType: 'text/calendar' })
  @Get('meetings/:id/ics')
  @Public()
  async ics(
    @OptionalAuth() auth: Auth | undefined,
    @ValidParams(idParamSchema) params: { id: string },
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.meetings.ics(auth?.user, params.id);
    await reply
      .type('text/calendar; charset=utf-8')
      .header('cache-control', 'private, no-cache')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .send(file.body);
  }

  @Responds(200, calendarFeedSchema)
  @Get('users/me/calendar')
  @SignedIn()
  calendar(@CurrentAuth() auth: Auth): Promise<CalendarFeed> {
    return this.feeds.address(auth.user.id);
  }

  @Responds(200, calendarFeedSchema)
  @Post('users/me/calendar/renew')
  @SignedIn()
  @HttpCode(200)
  renewCalendar(@CurrentAuth() auth: Auth): Promise<CalendarFeed> {
    return this.feeds.renew(auth.user.id);
  }

  /** A private feed: no session, the token in the address is the credential. */
  @Responds(200, { mediaType: 'text/calendar' })
  @Errors(429)
  @Get('calendar/:token')
  @Public()
  async feed(
    @ValidParams(calendarTokenParamSchema) params: { token: string },
    @Ip() ip: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const body = await this.feeds.read(params.token, ip);
    await reply
      .type('text/calendar; charset=utf-8')
      .header('cache-control', 'private, no-cache')
      .header('referrer-policy', 'no-referrer')
      .send(body);
  }
}
