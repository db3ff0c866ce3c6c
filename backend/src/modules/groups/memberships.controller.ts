import { Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  addMemberSchema,
  declineMemberSchema,
  joinGroupSchema,
  listMembersQuerySchema,
  memberParamSchema,
  muteSchema,
  slugParamSchema,
  updateMemberSchema,
  type GroupMember,
  type MyMembership,
  type Page,
} from '@pn/shared';
import type { z } from 'zod';
import { CurrentAuth, type Auth } from '../auth/auth-context';
import { ValidBody, ValidParams, ValidQuery } from '../../common/validated';
import { MembershipsService } from './memberships.service';
import { Errors, Responds } from '../../common/responses';
import { groupMemberSchema, myMembershipSchema, pageOf } from '@pn/shared';

type MemberParams = z.output<typeof memberParamSchema>;

/** One's own membership (join, leave, mute) and the group coordinators' work on the others'. Active members only. */
@ApiTags('groups')
@Controller('groups/:slug')
export class MembershipsController {
  constructor(private readonly memberships: MembershipsService) {}

  @Responds(200, myMembershipSchema)
  @Errors(404, 409)
  @Post('join')
  @HttpCode(200)
  join(
    @CurrentAuth() auth: Auth,
    @ValidParams(slugParamSchema) params: { slug: string },
    @ValidBody(joinGroupSchema) body: z.output<typeof joinGroupSchema>,
  ): Promise<MyMembership> {
    return this.memberships.join(auth.user, params.slug, body);
  }

  @Responds(204, null)
  @Errors(404, 409)
  @Post('leave')
  @HttpCode(204)
  leave(@CurrentAuth() auth: Auth, @ValidParams(slugParamSchema) params: { slug: string }): Promise<void> {
    return this.memberships.leave(auth.user, params.slug);
  }

  @Responds(200, myMembershipSchema)
  @Errors(404)
  @Put('mute')
  mute(
    @CurrentAuth() auth: Auth,
    @ValidParams(slugParamSchema) params: { slug: string },
    @ValidBody(muteSchema) body: z.output<typeof muteSchema>,
  ): Promise<MyMembership> {
    return this.memberships.mute(auth.user, params.slug, body.muted);
  }

  @Responds(200, pageOf(groupMemberSchema))
  @Errors(404)
  @Get('members')
  list(
    @CurrentAuth() auth: Auth,
    @ValidParams(slugParamSchema) params: { slug: string },
    @ValidQuery(listMembersQuerySchema) query: z.output<typeof listMembersQuerySchema>,
  ): Promise<Page<GroupMember>> {
    return this.memberships.list(auth.user, params.slug, query);
  }

  @Responds(201, groupMemberSchema)
  @Errors(404, 409)
  @Post('members')
  add(
    @CurrentAuth() auth: Auth,
    @ValidParams(slugParamSchema) params: { slug: string },
    @ValidBody(addMemberSchema) body: z.output<typeof addMemberSchema>,
  ): Promise<GroupMember> {
    return this.memberships.add(auth.user, params.slug, body);
  }

  @Responds(200, groupMemberSchema)
  @Errors(409)
  @Post('members/:userId/approve')
  @HttpCode(200)
  approve(@CurrentAuth() auth: Auth, @ValidParams(memberParamSchema) params: MemberParams): Promise<GroupMember> {
    return this.memberships.approve(auth.user, params.slug, params.userId);
  }

  @Responds(200, groupMemberSchema)
  @Errors(409)
  @Patch('members/:userId')
  setRole(
    @CurrentAuth() auth: Auth,
    @ValidParams(memberParamSchema) params: MemberParams,
    @ValidBody(updateMemberSchema) body: z.output<typeof updateMemberSchema>,
  ): Promise<GroupMember> {
    return this.memberships.setRole(auth.user, params.slug, params.userId, body.role);
  }

  /** Removes a member or declines a request; an optional `{ reason }` is kept in the audit log. */
  @Responds(204, null)
  @Errors(409)
  @Delete('members/:userId')
  @HttpCode(204)
  remove(
    @CurrentAuth() auth: Auth,
    @ValidParams(memberParamSchema) params: MemberParams,
    @ValidBody(declineMemberSchema) body: z.output<typeof declineMemberSchema>,
  ): Promise<void> {
    return this.memberships.remove(auth.user, params.slug, params.userId, body.reason);
  }
}
