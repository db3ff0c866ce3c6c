import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createInvitationSchema,
  idParamSchema,
  invitationTokenSchema,
  listInvitationsQuerySchema,
  type Invitation,
  type InvitationPreview,
  type Page,
} from '@pn/shared';
import type { z } from 'zod';
import { Public } from '../../common/access';
import { CurrentAuth, type Auth } from '../auth/auth-context';
import { ValidBody, ValidParams, ValidQuery } from '../../common/validated';
import { InvitationsService } from './invitations.service';
import { Errors, Responds } from '../../common/responses';
import { invitationPreviewSchema, invitationSchema, pageOf } from '@pn/shared';

/** Active members reach these; the service lets through network coordinators and a group's coordinators. */
@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Responds(200, pageOf(invitationSchema))
  @Get()
  list(
    @CurrentAuth() auth: Auth,
    @ValidQuery(listInvitationsQuerySchema) query: z.output<typeof listInvitationsQuerySchema>,
  ): Promise<Page<Invitation>> {
    return this.invitations.list(auth.user, query);
  }

  @Responds(201, invitationSchema)
  @Errors(404, 409)
  @Post()
  create(
    @CurrentAuth() auth: Auth,
    @ValidBody(createInvitationSchema) body: z.output<typeof createInvitationSchema>,
  ): Promise<Invitation> {
    return this.invitations.create(auth.user, body);
  }

  /** The invitation behind a link, for the registration page (the token travels in the body, not the URL). */
  @Responds(200, invitationPreviewSchema)
  @Errors(404, 410)
  @Post('preview')
  @Public()
  @HttpCode(200)
  preview(@ValidBody(invitationTokenSchema) body: z.output<typeof invitationTokenSchema>): Promise<InvitationPreview> {
    return this.invitations.preview(body.token);
  }

  @Responds(204, null)
  @Errors(409)
  @Delete(':id')
  @HttpCode(204)
  withdraw(@CurrentAuth() auth: Auth, @ValidParams(idParamSchema) params: { id: string }): Promise<void> {
    return this.invitations.withdraw(auth.user, params.id);
  }
}
