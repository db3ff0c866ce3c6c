import { Global, Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { SecondFactorModule } from '../second-factor/second-factor.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordService } from './password.service';
import { SessionLookupService } from './session-lookup.service';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

/** Global because the access guard, which every module's endpoints pass through, needs the session lookup. */
@Global()
@Module({
  imports: [InvitationsModule, SecondFactorModule],
  controllers: [AuthController, SessionsController],
  providers: [AuthService, PasswordService, SessionsService, SessionLookupService],
  exports: [SessionsService, SessionLookupService, PasswordService],
})
export class AuthModule {}
