import { Controller, Delete, Get, Header, HttpCode, Patch, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  idParamSchema,
  memberSearchQuerySchema,
  updateProfileSchema,
  type AccountExport,
  type Page,
  type PublicProfile,
  type User,
} from '@pn/shared';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { SignedIn } from '../../common/access';
import { CurrentAuth, type Auth } from '../auth/auth-context';
import { ValidBody, ValidParams, ValidQuery } from '../../common/validated';
import { AccountSessions } from './account-sessions';
import { UsersService } from './users.service';
import { Errors, Responds } from '../../common/responses';
import { accountExportSchema, pageOf, publicProfileSchema, userSchema } from '@pn/shared';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: AccountSessions,
  ) {}

  @Responds(200, userSchema)
  @Errors(409, 429)
  @Patch('me')
  @SignedIn()
  updateMe(
    @CurrentAuth() auth: Auth,
    @ValidBody(updateProfileSchema) body: z.output<typeof updateProfileSchema>,
  ): Promise<User> {
    return this.users.updateOwn(auth, body);
  }

  @Responds(200, accountExportSchema)
  @Get('me/export')
  @SignedIn()
  @Header('Content-Disposition', 'attachment; filename="prevention-network-export.json"')
  @Header('Cache-Control', 'no-store')
  exportMe(@CurrentAuth() auth: Auth): Promise<AccountExport> {
    return this.users.exportOwn(auth);
  }

  @Responds(204, null)
  @Delete('me')
  @SignedIn()
  @HttpCode(204)
  async eraseMe(@CurrentAuth() auth: Auth, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.users.eraseOwn(auth);
    this.sessions.clearCookies(reply);
  }

  /** Active members only: the directory is for finding colleagues, not for visitors. */
  @Responds(200, pageOf(publicProfileSchema))
  @Get()
  search(
    @ValidQuery(memberSearchQuerySchema) query: z.output<typeof memberSearchQuerySchema>,
  ): Promise<Page<PublicProfile>> {
    return this.users.search(query);
  }

  @Responds(200, publicProfileSchema)
  @Get(':id')
  profile(@ValidParams(idParamSchema) params: { id: string }): Promise<PublicProfile> {
    return this.users.publicProfile(params.id);
  }
}
