import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InvitationsModule } from '../invitations/invitations.module';
import { AccountSessions } from '../users/account-sessions';
import { UsersModule } from '../users/users.module';
import { SecondFactorModule } from '../second-factor/second-factor.module';
import { AuthAccountSessions } from './account-sessions.provider';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SessionEntity } from './session.entity';
import { SessionsController } from './sessions.controller';
import { SessionsAccountData } from './sessions.account-data';
import { SessionsService } from './sessions.service';

/**
 * Global because the access guard, which every module's endpoints pass through, needs the sessions. It passes
 * on the users module's password hashing, and gives that module the sessions as `AccountSessions`.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity]), UsersModule, InvitationsModule, SecondFactorModule],
  controllers: [AuthController, SessionsController],
  providers: [
    AuthService,
    SessionsService,
    SessionsAccountData,
    { provide: AccountSessions, useClass: AuthAccountSessions },
  ],
  exports: [SessionsService, AccountSessions, UsersModule],
})
export class AuthModule {}
