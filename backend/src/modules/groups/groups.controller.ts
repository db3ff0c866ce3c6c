import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createGroupSchema,
  listGroupsQuerySchema,
  slugParamSchema,
  updateGroupSchema,
  type Group,
  type Page,
  type UiLanguage,
} from '@pn/shared';
import type { z } from 'zod';
import { Public, Roles } from '../../common/access';
import { ReaderLanguage } from '../../common/reader-language';
import { CurrentAuth, OptionalAuth, type Auth } from '../auth/auth-context';
import { ValidBody, ValidParams, ValidQuery } from '../../common/validated';
import { GroupsService } from './groups.service';
import { Errors, Responds } from '../../common/responses';
import { groupSchema, pageOf } from '@pn/shared';

@ApiTags('groups')
@Controller('groups')
export class GroupsController {
  constructor(private readonly groups: GroupsService) {}

  @Responds(200, pageOf(groupSchema))
  @Get()
  @Public()
  list(
    @OptionalAuth() auth: Auth | undefined,
    @ValidQuery(listGroupsQuerySchema) query: z.output<typeof listGroupsQuerySchema>,
    @ReaderLanguage() reader: UiLanguage | null,
  ): Promise<Page<Group>> {
    return this.groups.list(auth?.user, query, reader);
  }

  @Responds(201, groupSchema)
  @Errors(409)
  @Post()
  @Roles('coordinator', 'admin')
  create(
    @CurrentAuth() auth: Auth,
    @ValidBody(createGroupSchema) body: z.output<typeof createGroupSchema>,
    @ReaderLanguage() reader: UiLanguage | null,
  ): Promise<Group> {
    return this.groups.create(auth.user, body, reader);
  }

  @Responds(200, groupSchema)
  @Get(':slug')
  @Public()
  get(
    @OptionalAuth() auth: Auth | undefined,
    @ValidParams(slugParamSchema) params: { slug: string },
    @ReaderLanguage() reader: UiLanguage | null,
  ): Promise<Group> {
    return this.groups.get(params.slug, auth?.user, reader);
  }

  /** Network coordinators and admins change anything; the group's coordinators its texts. */
  @Responds(200, groupSchema)
  @Patch(':slug')
  update(
    @CurrentAuth() auth: Auth,
    @ValidParams(slugParamSchema) params: { slug: string },
    @ValidBody(updateGroupSchema) body: z.output<typeof updateGroupSchema>,
    @ReaderLanguage() reader: UiLanguage | null,
  ): Promise<Group> {
    return this.groups.update(auth.user, params.slug, body, reader);
  }
}
