import { Global, Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { AccountSessions } from '../users/account-sessions';
import { UsersModule } from '../users/users.module';
import { SecondFactorModule } from '../second-factor/second-factor.module';
import { AuthAccountSessions } from './account-sessions.provider';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SessionLookupService } from './session-lookup.service';
import { SessionsController } from './sessions.controller';
import { SessionsAccountData } from './sessions.account-data';
import { SessionsService } from './sessions.service';

/**
 * Global because the access guard, which every module's endpoints pass through, needs the session lookup. It
 * passes on the users module's password hashing, and gives that module the sessions as `AccountSessions`.
 */
@Global()
@Module({
  imports: [UsersModule, InvitationsModule, SecondFactorModule],
  controllers: [AuthController, SessionsController],
  providers: [
    AuthService,
    SessionsService,
    SessionLookupService,
    SessionsAccountData,
    { provide: AccountSessions, useClass: AuthAccountSessions },
  ],
  exports: [SessionsService, SessionLookupService, AccountSessions, UsersModule],
})
export class AuthModule {}
