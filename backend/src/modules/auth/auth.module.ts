import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InvitationsModule } from '../invitations/invitations.module';
import { SecondFactorModule } from '../second-factor/second-factor.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordService } from './password.service';
import { SessionEntity } from './session.entity';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

/** Global because the access guard, which every module's endpoints pass through, needs the sessions. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity]), InvitationsModule, SecondFactorModule],
  controllers: [AuthController, SessionsController],
  providers: [AuthService, PasswordService, SessionsService],
  exports: [SessionsService, PasswordService],
})
export class AuthModule {}
