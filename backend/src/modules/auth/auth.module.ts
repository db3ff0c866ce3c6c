import { Global, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { InvitationsModule } from '../invitations/invitations.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { loginThrottlers } from './login-throttle';
import { PasswordService } from './password.service';
import { SessionEntity } from './session.entity';
import { SessionsService } from './sessions.service';

/** Global because the access guard, which every module's endpoints pass through, needs the sessions. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([SessionEntity]),
    InvitationsModule,
    ThrottlerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => loginThrottlers(config) }),
  ],
  controllers: [AuthController],
  providers: [AuthService, PasswordService, SessionsService],
  exports: [SessionsService, PasswordService],
})
export class AuthModule {}
