import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  adminUpdateUserSchema,
  idParamSchema,
  listUsersQuerySchema,
  rejectUserSchema,
  type Page,
  type SessionsEnded,
  type User,
} from '@pn/shared';
import type { z } from 'zod';
import { Roles } from '../../common/access';
import { CurrentAuth, type Auth } from '../auth/auth-context';
import { ValidBody, ValidParams, ValidQuery } from '../../common/validated';
import { AdminUsersService } from './admin-users.service';
import { Errors, Responds } from '../../common/responses';
import { pageOf, sessionsEndedSchema, userSchema } from '@pn/shared';

@ApiTags('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly users: AdminUsersService) {}

  @Responds(200, pageOf(userSchema))
  @Get()
  @Roles('coordinator', 'admin')
  list(@ValidQuery(listUsersQuerySchema) query: z.output<typeof listUsersQuerySchema>): Promise<Page<User>> {
    return this.users.list(query);
  }

  @Responds(200, userSchema)
  @Errors(409)
  @Post(':id/approve')
  @Roles('coordinator', 'admin')
  @HttpCode(200)
  approve(@CurrentAuth() auth: Auth, @ValidParams(idParamSchema) params: { id: string }): Promise<User> {
    return this.users.approve(auth.user.id, params.id);
  }

  @Responds(204, null)
  @Errors(409)
  @Post(':id/reject')
  @Roles('coordinator', 'admin')
  @HttpCode(204)
  reject(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(rejectUserSchema) body: z.output<typeof rejectUserSchema>,
  ): Promise<void> {
    return this.users.reject(auth.user.id, params.id, body.reason);
  }

  @Responds(200, userSchema)
  @Errors(409)
  @Patch(':id')
  @Roles('admin')
  update(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(adminUpdateUserSchema) body: z.output<typeof adminUpdateUserSchema>,
  ): Promise<User> {
    return this.users.update(auth.user.id, params.id, body);
  }

  @Responds(200, sessionsEndedSchema)
  @Post(':id/sessions/end')
  @Roles('admin')
  @HttpCode(200)
  endSessions(@CurrentAuth() auth: Auth, @ValidParams(idParamSchema) params: { id: string }): Promise<SessionsEnded> {
    return this.users.endSessions(auth.user.id, params.id);
  }
}
